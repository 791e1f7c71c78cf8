// gesetze-im-internet.de XML (gii-norm DTD): one Document per law, one provision per <norm>.
#pragma once
#include <pugixml.hpp>

#include "input/document.hpp"

namespace digitalcheck {

// True when the parsed XML is a GII document (<dokumente> root).
bool is_gii(const pugi::xml_document& xml);

// Fills doc.title and doc.blocks from a parsed GII document whose text is doc.source.
// Heading blocks: Gliederung units (<gliederungseinheit>) and one per <norm> with <enbez>/<titel>.
// Paragraph blocks: each <P> of <textdaten><text>, each list item (DT marker + DD text) and each
// table row, in document order, hinted with the norm and its heading. Footnotes (<fussnoten>,
// <Footnotes>, footnote references), editorial comments (<kommentar>), the table of contents
// (<TOC>, "Inhaltsübersicht") and metadata are not norm text and give no blocks.
// Blocks are not verbatim: source_offset/source_line point at the first text node of the block.
void read_gii(Document& doc, const pugi::xml_document& xml);

}  // namespace digitalcheck
