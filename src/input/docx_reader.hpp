// Word .docx: the paragraphs of word/document.xml in order, tracked changes as the text now stands.
#pragma once
#include <string>

#include "input/document.hpp"
#include "util/result.hpp"

namespace digitalcheck {

// Limits against zip bombs and oversized documents.
inline constexpr std::size_t kMaxDocxBytes = 100u << 20;        // the .docx file itself
inline constexpr std::size_t kMaxDocxEntries = 10000;           // entries in the archive
inline constexpr std::size_t kMaxDocxDocumentXml = 64u << 20;   // word/document.xml, uncompressed

// Reads a .docx from its bytes (libzip from memory; only word/document.xml is inflated, with a cap that is
// enforced while inflating, not taken from the archive's header). Every w:p of the body (also inside tables
// and content controls) is one paragraph: runs of w:t, w:tab and w:br as spaces, insertions (w:ins, w:moveTo)
// kept, deletions (w:del, w:delText, w:moveFrom) and field instructions dropped. Paragraphs with a heading
// style (Heading1.., Überschrift 1.., Title/Titel) are heading blocks. Document::source holds one line per
// paragraph, so a block's line is its paragraph number (Block::paragraph_number), and blocks are verbatim
// slices of that text. Errors: not a zip, no word/document.xml, limits exceeded, malformed XML.
Result<Document> read_docx(const std::string& path, const std::string& bytes);

}  // namespace digitalcheck
