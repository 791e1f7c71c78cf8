// Reading Änderungsbefehle from the text of an amending law (plain text, Markdown, and any reader
// that yields blocks) and from LegalDocML.de markup (akn:mod).
#pragma once
#include <string_view>
#include <vector>

#include "amend/instruction.hpp"
#include "input/document.hpp"
#include "text/normalize.hpp"

namespace digitalcheck {

// What an instruction sentence inherits from where it stands.
struct InstructionContext {
  std::string law;      // amended law named by the Artikel's introductory sentence (or heading)
  std::string article;  // "Artikel 1"
  std::string place;    // "Artikel 1 Nummer 2 Buchstabe a"
  TargetRef inherited;  // "§ 5" from "1. § 5 wird wie folgt geändert:"
};

// What an introductory sentence ("Das X-Gesetz … wird wie folgt geändert:", "§ 5 wird wie folgt
// geändert:") hands down to the items below it.
struct Introduction {
  bool found = false;
  std::string law;   // non-empty when the sentence names the amended law
  TargetRef target;  // resolved against the context
};

// One sentence of an amending law with its top-level quotes as [begin, end) ranges of the quoted
// content inside `sentence`. Appends its instructions (one per clause: "… ersetzt und … eingefügt")
// to `out` and reports which quotes they use. Pure: knows nothing of blocks or positions.
Introduction parse_instruction_sentence(std::string_view sentence,
                                        const std::vector<std::pair<std::size_t, std::size_t>>& quotes,
                                        const InstructionContext& ctx, std::vector<Instruction>& out,
                                        std::vector<std::size_t>* used_quotes = nullptr);

// The instructions of a document read from its blocks; `views` are the normalised views of
// doc.blocks (one each, see text/normalize.hpp). Quotes that run over several blocks
// ("wird wie folgt gefasst:" followed by the new text) are followed.
InstructionSet parse_instructions(const Document& doc, const std::vector<NormalizedText>& views);

// Blanks the quoted text of every instruction in `views` (same length, so byte maps stay valid):
// quoted words are never matched as if they were operative text.
void mask_quoted(const InstructionSet& set, std::vector<NormalizedText>& views);

// The instructions of a LegalDocML.de document, read from its akn:mod elements (the source XML in
// doc.source). Context (amended law from akn:affectedDocument, "§ 1 wird wie folgt geändert:" from
// list introductions) is taken from the enclosing elements. Empty when the XML cannot be parsed.
InstructionSet parse_legaldocml_instructions(const Document& doc);

// Positions of LegalDocML.de instructions in the reader's blocks (by eId) and the quoted spans to mask
// (the reader's hint.quoted blocks and hint.quotes ranges).
void locate_legaldocml_instructions(const Document& doc, const std::vector<NormalizedText>& views, InstructionSet& set);

}  // namespace digitalcheck
