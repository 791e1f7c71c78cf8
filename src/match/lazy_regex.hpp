// LazyRegex: an RE2 pattern that the rule base has already validated, compiled on first use.
// A check compiles only the regexes of the rules whose patterns hit (the RE2::Set prefilter decides),
// which keeps start-up short however large the rule base grows. Thread-safe; copies share one regex.
#pragma once
#include <memory>
#include <string>

namespace re2 {
class RE2;
}

namespace digitalcheck {

class LazyRegex {
 public:
  LazyRegex() = default;  // no pattern: get() is null
  LazyRegex(std::string pattern, bool case_sensitive);

  // The compiled regex (compiled by the first caller), null when there is no pattern.
  const re2::RE2* get() const;
  explicit operator bool() const { return state_ != nullptr; }

 private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace digitalcheck
