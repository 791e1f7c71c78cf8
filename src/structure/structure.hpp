// The legal structure of a document: which norm, Absatz, Nummer, Buchstabe every block belongs to.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "input/document.hpp"
#include "structure/citation.hpp"

namespace digitalcheck {

// A provision: a § or Artikel (or Anlage) with its heading; the unit reports score and group by.
struct Provision {
  std::string norm;     // "§ 5"; empty for text before the first norm
  std::string heading;  // "Antragstellung"
  std::size_t first_block = 0;
  std::size_t end_block = 0;  // exclusive
};

struct BlockPlace {
  Citation citation;       // norm, absatz, nummer, buchstabe at the block's start (satz = 0)
  std::size_t provision = 0;  // index into Structure::provisions
  int first_satz = 1;      // number of the block's first sentence within its Absatz
  bool counts_sentences = true;  // false for headings
};

struct Structure {
  std::string title;  // document title (first heading or reader's title)
  std::vector<Provision> provisions;
  std::vector<BlockPlace> blocks;  // one per Document::blocks entry

  // The citation of sentence `sentence_index` (0-based within the block) of block `block`.
  Citation cite(std::size_t block, std::size_t sentence_index) const;
};

// Derives the structure from headings and numbering in the text (and from reader hints).
Structure parse_structure(const Document& doc);

}  // namespace digitalcheck
