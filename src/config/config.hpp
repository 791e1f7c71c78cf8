// The project configuration (.digitalcheck.yaml): which rules run, severity overrides, the gate,
// file selection and the drafter's justifications. The schema is documented in docs/config.md.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/glob.hpp"
#include "match/rule_base.hpp"
#include "structure/citation.hpp"
#include "util/result.hpp"

namespace digitalcheck {

struct Finding;

inline constexpr const char* kConfigFileName = ".digitalcheck.yaml";

// What a config entry applies to: "*" (every rule), a rule id ("SF-001"), a category ("schriftform")
// or a principle ("P4"). The kind follows from the spelling.
struct RuleSelector {
  enum class Kind { all, rule, category, principle };
  Kind kind = Kind::all;
  std::string value;
  int line = 0;

  bool selects(const Rule& r) const;
  // rule 3 > category 2 > principle 1 > all 0
  int specificity() const {
    switch (kind) {
      case Kind::rule: return 3;
      case Kind::category: return 2;
      case Kind::principle: return 1;
      case Kind::all: break;
    }
    return 0;
  }
};

struct SeverityOverride {
  RuleSelector selector;
  Severity severity = Severity::warning;
};

// A recorded decision that an obstacle is necessary here (the Begründung of the Digitalcheck).
struct Justification {
  std::string rule;      // a rule id, or ...
  std::string category;  // ... a category (exactly one of the two)
  std::string where;     // as written: a citation or a finding fingerprint
  std::optional<Citation> citation;  // set when `where` is a citation; covers everything inside it
  std::string fingerprint;           // set when `where` is a fingerprint
  std::optional<Glob> file;          // optional: only documents whose path matches
  std::string reason;    // the Begründung (required)
  std::string by;        // optional: who decided
  std::string date;      // optional: YYYY-MM-DD
  int line = 0;          // line of the entry in the config file

  // True when this justification is meant for the document at `path` (its `file` glob, if any).
  bool applies_to_document(std::string_view path) const;
  // True when it justifies finding f (rule or category, and place or fingerprint).
  bool justifies(const Finding& f) const;
  // "SF-001 in § 5 Abs. 2" for messages.
  std::string describe() const;
};

// When a run fails (exit code 1).
struct Gate {
  std::optional<Severity> fail_on = Severity::error;  // open findings at or above fail; nullopt: "none"
  std::optional<double> min_score;                   // a document scoring below fails
};

struct Config {
  std::string path;  // the file it came from; empty when no config file is used
  std::vector<RuleSelector> enable;   // rules.enable
  std::vector<RuleSelector> disable;  // rules.disable
  std::vector<SeverityOverride> severity;
  Gate gate;
  std::string baseline;  // gate.baseline, resolved against the config file's directory; empty if none
  PathFilter files;      // include / exclude
  std::vector<Justification> justifications;

  // Reads and validates a config file. YAML errors, unknown keys, wrong types, bad values, bad
  // globs and unparsable `where` are an Error naming the file, the line and the key.
  static Result<Config> load(const std::string& path);
  // The same for text already in memory (path names it in messages and anchors relative paths).
  static Result<Config> parse(const std::string& path, const std::string& text);

  // Checks what needs the rule base: every rule id named exists.
  Status validate(const RuleBase& rules) const;
  // Whether r runs: the most specific selector naming r in rules.enable / rules.disable decides;
  // on when none names it.
  bool rule_enabled(const Rule& r) const;
  // r's severity after the most specific override (later entries win among equally specific ones).
  Severity severity_for(const Rule& r) const;
};

// The config file that applies in `start_dir`: .digitalcheck.yaml there or in the nearest parent
// directory; empty when there is none up to the root.
std::string find_config(const std::string& start_dir);

// True for text shaped like a finding fingerprint: 16 hex digits, optionally ":N".
bool looks_like_fingerprint(std::string_view s);

}  // namespace digitalcheck
