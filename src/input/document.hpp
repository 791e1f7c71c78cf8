// Document: what every reader produces and every later stage consumes.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace digitalcheck {

enum class InputFormat { text, markdown, gii, legaldocml, docx };

const char* to_string(InputFormat f);

// What a block is, as far as the reader knows. Structure parsing (structure/) refines this.
enum class BlockKind {
  heading,    // a title or a heading line (document title, Teil/Abschnitt, "§ 5 Überschrift")
  paragraph,  // norm text: an Absatz, an item, a sentence run
};

// Structural facts a reader knows from markup (XML formats). Text readers leave them empty and
// structure/ derives them from the text itself.
struct BlockHint {
  std::string norm;     // "§ 5", "Art 3", "Anlage 1" (GII enbez, LegalDocML num)
  std::string heading;  // the provision's heading (GII titel)
  std::string eid;      // LegalDocML.de eId of the element holding the block
  int heading_level = 0;  // Markdown '#' count or GII Gliederung depth, 0 when unknown
  // Nesting of the list item the block is (1 = item of a top-level list such as "1.", 2 = "a)"
  // inside it, ...), 0 when the reader knows the block is no list item, -1 when it does not know.
  int list_level = -1;
  // LegalDocML.de: the block is text quoted by an amendment instruction (inside akn:mod's
  // akn:quotedStructure): wording to be inserted into another law, not norm text of this document.
  // quoted_eid is the eId of the akn:mod that holds it. Structure cites such blocks by the instruction.
  bool quoted = false;
  std::string quoted_eid;
  // LegalDocML.de: akn:quotedText inside this block (an amendment instruction's quoted words), as byte
  // ranges of `Block::text` with the quotedText's eId.
  struct Quote {
    std::size_t begin = 0, end = 0;
    std::string eid;
  };
  std::vector<Quote> quotes;
  bool table_row = false;  // a row of a table: no sentences to number
};

// A paragraph-sized piece of text. Matching never crosses blocks.
struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::string text;  // UTF-8 as in the source (entities of XML already decoded)
  // Position of text[0]: a byte offset into Document::source.
  std::size_t source_offset = 0;
  // True when text is a verbatim slice of Document::source, so every byte maps back exactly.
  // XML readers set false: positions inside the block are then approximate (start of the node).
  bool verbatim = true;
  // For non-verbatim blocks: 1-based line of the node in the source file (0 when unknown).
  int source_line = 0;
  // 1-based paragraph number for .docx (position = paragraph number); 0 otherwise.
  int paragraph_number = 0;
  BlockHint hint;
};

// How the decoded text relates to the bytes of the input, so that offsets can be reported in the
// original file.
struct SourceEncoding {
  std::string name = "UTF-8";  // "UTF-8" or "Windows-1252"
  std::size_t bom_bytes = 0;   // 3 when a UTF-8 byte order mark was removed
  bool single_byte = false;    // true for Windows-1252: one input byte per code point
};

struct Document {
  std::string path;  // as given by the user ("-" for standard input)
  InputFormat format = InputFormat::text;
  std::string title;   // the law's title when the reader knows it (may be empty)
  std::string source;  // the whole input decoded to UTF-8 (BOM removed)
  SourceEncoding encoding;  // how source relates to the input bytes (see input/decode.hpp original_offset)
  std::vector<Block> blocks;
  std::vector<std::string> notes;  // German notes for stderr (e.g. encoding converted)
};

}  // namespace digitalcheck
