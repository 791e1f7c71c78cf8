// Rule: one detectable obstacle, loaded from the YAML rule base (see docs/rules.md).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "match/lazy_regex.hpp"

namespace re2 {
class RE2;
}

namespace digitalcheck {

enum class Severity { info = 0, warning = 1, error = 2 };
const char* to_string(Severity s);
std::optional<Severity> parse_severity(const std::string& s);

enum class Scope { sentence, paragraph };

// An example text inside a rule. For `match` examples the expected span is marked [[like this]].
struct RuleExample {
  std::string text;            // without the [[ ]] markers
  std::size_t span_begin = 0;  // expected match (byte offsets in text), match examples only
  std::size_t span_end = 0;
  std::string expected_status = "open";  // "open" or "mitigated" (match examples)
  std::string title;    // document title for the example (tests unless_document)
  std::string heading;  // provision heading for the example (tests unless_heading)
  int line = 0;         // line in the rule file
};

// A safe rewording of the words a finding stands on (docs/rules.md, `fix`): `replace` (RE2, case
// sensitive, applied to the matched text) is rewritten as `with` (\1 .. \9 refer to its groups), e.g.
// "schriftlich(e[nrms]?)?" -> "schriftlich\1 oder elektronisch\1" keeps the inflection:
// "der schriftliche Antrag" -> "der schriftliche oder elektronische Antrag".
struct RuleFix {
  std::string replace;
  std::string with;
  int line = 0;
  std::shared_ptr<re2::RE2> compiled;
};

struct Rule {
  std::string id;         // "SF-001": stable, never reused
  std::string category;   // "schriftform", ... (DOMAIN.md §3, or a further family in docs/rules.md)
  std::string principle;  // "P1" .. "P5"
  Severity severity = Severity::warning;
  std::string title;       // German, short
  std::string message;     // German: what the problem is
  std::string suggestion;  // German: how to word it digitally
  std::vector<std::string> references;  // "§ 3a VwVfG"
  std::vector<std::string> patterns;       // RE2; any one fires the rule
  std::vector<std::string> unless;         // a match in the same scope suppresses the finding
  std::vector<std::string> mitigated_by;   // a match in the same scope makes the finding "mitigated"
  std::vector<std::string> unless_document;  // a match in the document title suppresses the rule
  std::vector<std::string> unless_heading;   // a match in the provision heading suppresses the rule
  Scope scope = Scope::sentence;
  bool whole_word = true;
  bool case_sensitive = false;
  std::vector<RuleFix> fixes;  // empty: no safe fix, --suggest-amendments offers none
  std::vector<RuleExample> match_examples;
  std::vector<RuleExample> no_match_examples;
  std::string file;  // rule file it came from (relative name)
  int line = 0;      // line of the rule in that file

  // Compiled forms (filled by RuleBase, compiled on first use).
  std::vector<LazyRegex> compiled_patterns;
  LazyRegex compiled_unless;  // alternation of `unless`, empty when there is none
  LazyRegex compiled_mitigated_by;
  LazyRegex compiled_unless_document;
  LazyRegex compiled_unless_heading;
};

}  // namespace digitalcheck
