// --suggest-amendments: Änderungsbefehle in the style of the Handbuch der Rechtsförmlichkeit that apply
// the fixes of the rules (docs/rules.md, `fix`) to the open findings of a law.
#pragma once
#include <string>
#include <vector>

#include "amend/instruction.hpp"
#include "pipeline/analyzer.hpp"

namespace digitalcheck {

struct SuggestedChange {
  TargetRef target;       // "§ 2 Absatz 1 Satz 1" (Satz left out where the unit has only one)
  std::string old_words;  // "schriftlich" (with neighbouring words where needed to be unique)
  std::string new_words;  // "schriftlich oder elektronisch"
  bool every = false;     // "jeweils": every occurrence in the target is a finding with this fix
  std::vector<std::string> rule_ids;
};

struct SuggestedLaw {
  std::string law;   // the law's name for the introductory sentence ("Dorfladengesetz")
  std::string path;  // the document it was read from
  std::vector<SuggestedChange> changes;  // in document order
  std::size_t findings_without_fix = 0;  // open findings whose rule offers no safe fix
};

// One SuggestedLaw per analysed document with at least one open finding.
std::vector<SuggestedLaw> suggest_amendments(const std::vector<Analysis>& analyses);

// The short name of a law from its title: "Entwurf eines Gesetzes über … (Dorfladengesetz – DorfLG)" ->
// "Dorfladengesetz"; the title without "Entwurf eines" when it has no short title.
std::string law_name_of(const std::string& title);

// The instruction sentence of one change relative to `context` (the norm of an enclosing
// "§ 2 wird wie folgt geändert:"; empty for a full citation):
// "In § 1 Absatz 1 Satz 1 wird das Wort „schriftlich“ durch die Wörter „schriftlich oder elektronisch“ ersetzt."
std::string instruction_sentence(const SuggestedChange& c, bool relative_to_norm);

}  // namespace digitalcheck
