// libFuzzer harness: the rule loader (YAML parsing, validation, RE2 compilation, pattern sets). See docs/fuzzing.md.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "match/matcher.hpp"
#include "match/rule_base.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace digitalcheck;
  std::string text(reinterpret_cast<const char*>(data), size);
  auto rules = RuleBase::load({RuleSource{"fuzz.yaml", text}});
  if (!rules) {
    if (rules.error().message.empty()) std::abort();
    return 0;
  }
  Matcher matcher(*rules);  // what was accepted must also compile into a matcher
  return 0;
}
