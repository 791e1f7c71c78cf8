// Runs every rule's own examples through the real pipeline (`digitalcheck rules test`).
#pragma once
#include <string>
#include <vector>

#include "match/matcher.hpp"

namespace digitalcheck {

struct ExampleOutcome {
  const Rule* rule = nullptr;
  const RuleExample* example = nullptr;
  bool is_match_example = true;
  bool passed = false;
  std::string problem;  // German, empty when passed
};

std::vector<ExampleOutcome> check_examples(const Matcher& matcher);

}  // namespace digitalcheck
