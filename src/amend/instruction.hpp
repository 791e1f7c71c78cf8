// Änderungsbefehle: the instructions of an amending law, as read from its text (DOMAIN.md §7).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "structure/citation.hpp"

namespace digitalcheck {

enum class InstructionKind {
  replace,      // "wird das Wort „A“ durch die Wörter „B“ ersetzt"
  insert,       // "werden nach dem Wort „A“ die Wörter „B“ eingefügt"; "wird folgender Satz eingefügt:"
  append,       // "wird folgender Satz angefügt:"; "werden die Wörter „B“ angefügt"
  strike,       // "werden die Wörter „A“ gestrichen"
  repeal,       // "Absatz 3 wird aufgehoben."
  new_version,  // "§ 7 wird wie folgt gefasst: „…“"
};
const char* to_string(InstructionKind k);
// German verb for reports: "ersetzt", "fügt ein", ...
const char* german_verb(InstructionKind k);

// A place inside the amended law: "§ 5 Absatz 2 Satz 1 Nummer 3 Buchstabe a".
struct TargetRef {
  std::string norm;       // "§ 5", "Artikel 3", "Anlage 1"; empty when the instruction does not say
  std::string absatz;     // "2"
  std::string satz;       // "1"
  std::string nummer;     // "3"
  std::string buchstabe;  // "a"
  std::string doppelbuchstabe;  // "aa"
  bool heading = false;   // "die Überschrift"

  bool empty() const {
    return norm.empty() && absatz.empty() && satz.empty() && nummer.empty() && buchstabe.empty() &&
           doppelbuchstabe.empty() && !heading;
  }
  // The parts of `own` replace this ref's parts from the first level `own` names downwards.
  TargetRef refined_by(const TargetRef& own) const;
  // In the spelled-out style of the Handbuch der Rechtsförmlichkeit: "§ 5 Absatz 2 Satz 1".
  std::string display() const;
};

// Parses the first citation phrase in text ("In § 5 Abs. 2 Satz 1 wird" -> § 5 / 2 / 1). Both the
// spelled-out and the abbreviated forms ("Abs.", "Nr.", "Buchst.") are understood.
TargetRef parse_target(const std::string& text);

// One quoted piece of an instruction, as a range of the amending law's source text.
struct QuotedSpan {
  std::size_t block = 0;        // Document::blocks index of the quote's first byte
  std::size_t view_begin = 0;   // offsets in that block's normalised view (see text/normalize.hpp)
  std::size_t view_end = 0;     // may lie beyond the block when the quote spans several blocks
};

struct Instruction {
  InstructionKind kind = InstructionKind::replace;
  std::string law;          // the amended law as named ("Beispielgesetz"); empty when unknown
  std::string article;      // "Artikel 1" of the amending law; empty when it has no Artikel
  TargetRef target;         // where in the amended law, with context inherited from enclosing items
  std::string old_text;     // replace, strike: the quoted words that go
  std::string anchor;       // insert: the words after (or before) which the new words go
  bool anchor_before = false;  // "vor dem Wort"
  std::string new_text;     // replace, insert, append, new_version: the quoted new words or text
  std::string unit;         // the unit inserted/appended/newly worded when it is one ("Satz", "Absatz 2a")
  bool every = false;       // "jeweils": every occurrence
  bool structural = false;  // the new text is a whole unit (sentence, Absatz, §), not a few words
  std::string text;         // the instruction clause as written (normalised)
  std::string place;        // where it stands in the amending law: "Artikel 1 Nummer 2 Buchstabe a"
  std::string eid;          // LegalDocML.de eId of the akn:mod, when read from XML
  // Position in the amending law (for findings located at the instruction).
  std::size_t block = 0;
  std::size_t view_offset = 0;  // in the block's normalised view
  std::size_t new_text_block = 0;       // where the new text's quote starts
  std::size_t new_text_view_offset = 0;
  bool has_new_text_position = false;
  // The new text stands in blocks of its own (LegalDocML.de quoted structure), not as one run of the
  // flat text: positions are found by searching the words in those blocks.
  bool new_text_in_blocks = false;
};

// All instructions of a document plus the quoted spans that must never be read as operative text.
struct InstructionSet {
  std::vector<Instruction> instructions;
  std::vector<QuotedSpan> quoted;        // every quote that belongs to an instruction
  std::vector<std::string> laws;         // amended laws in order of first mention
};

}  // namespace digitalcheck
