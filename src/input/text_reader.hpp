// Plain text and Markdown readers.
#pragma once
#include "input/document.hpp"

namespace digitalcheck {

// Splits doc.source into blocks: a blank line ends a block, and so does a line that starts a
// structural unit ("§ 5", "Artikel 1", "(2)", "3.", "b)", a Markdown heading). Other lines continue
// the block (hard-wrapped text). Blocks are verbatim slices of doc.source.
void split_text_blocks(Document& doc);

}  // namespace digitalcheck
