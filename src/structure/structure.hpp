// The legal structure of a document: which norm, Absatz, Satz, Nummer, Buchstabe every position belongs to.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "input/document.hpp"
#include "structure/citation.hpp"
#include "structure/marks.hpp"

namespace digitalcheck {

class Segmenter;

// A provision: a § or Artikel (or Anlage, or a numbered section of a Verwaltungsvorschrift) with its
// heading; the unit reports score and group by.
struct Provision {
  std::string norm;     // "§ 5"; empty for text before the first norm
  std::string heading;  // "Antragstellung"
  std::size_t first_block = 0;
  std::size_t end_block = 0;  // exclusive
  std::string section;  // the Gliederung heading it stands under ("Abschnitt 2 Verfahren"), may be empty
};

struct BlockPlace {
  Citation citation;             // norm, absatz, nummer, buchstabe at the block's start (satz = 0)
  std::size_t provision = 0;     // index into Structure::provisions
  bool counts_sentences = true;  // false for headings
  bool item = false;             // the block starts inside a list item
  std::size_t unit_first = 0;    // first block of the Absatz (or of the norm without Absätze): Satz counting
};

struct Structure {
  std::string title;  // document title (reader's title, else the first heading)
  std::vector<Provision> provisions;
  std::vector<BlockPlace> blocks;  // one per Document::blocks entry
  std::vector<std::string> sections;  // Gliederung headings (Teil, Kapitel, Abschnitt), in order

  // The citation of the position `offset` (byte offset into doc.blocks[block].text). Markers inside
  // the block before the offset ("1.die ...", "a) ...") count, and Satz is the number of the sentence
  // within its Absatz (within the norm when it has none); a list item carries the number of the
  // sentence that introduces the list. Work is done lazily, only for blocks asked about, and cached.
  Citation cite(const Document& doc, std::size_t block, std::size_t offset, Segmenter& segmenter) const;

 private:
  struct Lazy {
    std::optional<std::vector<Mark>> marks;  // run-in markers after the block's leading one
    std::optional<std::vector<std::uint32_t>> sentence_ends;  // ends of completed sentences (block bytes)
  };
  mutable std::vector<Lazy> lazy_;
  const std::vector<Mark>& run_in_marks(const Document& doc, std::size_t block) const;
  const std::vector<std::uint32_t>& sentence_ends(const Document& doc, std::size_t block, Segmenter& seg) const;
  friend Structure parse_structure(const Document& doc);
};

// Derives the structure from reader hints (GII, LegalDocML.de, .docx) and from headings and numbering
// in the text itself (plain text, Markdown, REVOSax).
Structure parse_structure(const Document& doc);

}  // namespace digitalcheck
