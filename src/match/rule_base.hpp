// RuleBase: the loaded, validated and compiled rule set.
#pragma once
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "match/rule.hpp"
#include "util/result.hpp"

namespace re2 {
class RE2;
}

namespace digitalcheck {

// A rule file's source: a name for messages and its YAML text.
struct RuleSource {
  std::string name;
  std::string content;
};

class RuleBase {
 public:
  // Loads and validates rule sources: YAML errors, unknown keys, missing fields, patterns RE2
  // rejects and missing examples are refused with file, line and reason.
  static Result<RuleBase> load(const std::vector<RuleSource>& sources);
  // The rule base embedded at build time.
  static Result<RuleBase> load_embedded();
  // Every *.yaml below dir.
  static Result<RuleBase> load_directory(const std::string& dir);

  const std::vector<Rule>& rules() const { return rules_; }
  const Rule* find(const std::string& id) const;

  // Keeps only the rules for which keep(rule) is true (config: rules on/off).
  template <class Pred>
  void filter(Pred keep) {
    std::vector<Rule> kept;
    for (auto& r : rules_)
      if (keep(r)) kept.push_back(std::move(r));
    rules_ = std::move(kept);
  }

 private:
  std::vector<Rule> rules_;
};

// The category ids a rule may name (DOMAIN.md §3 and the further families in docs/rules.md).
const std::set<std::string>& known_categories();
// True for the categories of DOMAIN.md §3 and the further families listed in docs/rules.md.
bool is_known_category(const std::string& category);

// Compiles one RE2 pattern with the rule base's options. Null and `error` set when RE2 rejects it.
std::shared_ptr<re2::RE2> compile_pattern(const std::string& pattern, bool case_sensitive, std::string* error);

}  // namespace digitalcheck
