// LazyRegex: an RE2 pattern that the rule base has already validated, compiled on first use.
// A check compiles only the regexes of the rules whose patterns hit (the RE2::Set prefilter decides),
// so start-up compiles no rule's own regexes (what it still compiles is the prefilter set and the load-time
// check, both growing with the rule base: bench/README.md). Thread-safe; copies share one regex.
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
