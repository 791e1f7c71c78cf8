// LegalDocML.de (the Akoma Ntoso profile of the federal E-Gesetzgebung): articles, paragraphs, points.
#pragma once
#include <pugixml.hpp>

#include "input/document.hpp"

namespace digitalcheck {

// True when the parsed XML is LegalDocML.de / Akoma Ntoso (root element akomaNtoso, any prefix).
bool is_legaldocml(const pugi::xml_document& xml);

// Fills doc.title (akn:docTitle) and doc.blocks. Heading blocks: Gliederung units (part, chapter, section,
// ...) and one per akn:article (akn:num "§ 1" / "Artikel 1" as norm, akn:heading). Paragraph blocks: each
// akn:p, list introduction and wrap-up; an akn:paragraph's num "(1)" and a point's or item's num "1."/"a)"
// start the text of their first block. Every block carries the eId of the element that holds its text.
// Amendment instructions: text inside akn:quotedStructure gives blocks with hint.quoted (and quoted_eid =
// the akn:mod's eId); akn:quotedText inside an instruction stays in the instruction's block and is listed
// in hint.quotes with its byte range and eId. Metadata (akn:meta), the table of contents, footnotes
// (akn:authorialNote), the preface (title block) and conclusions (signatures) give no blocks.
void read_legaldocml(Document& doc, const pugi::xml_document& xml);

}  // namespace digitalcheck
