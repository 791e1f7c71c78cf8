// The frozen rule base the amendment unit tests run against (tests/fixtures/rules-amend/README.md), loaded once.
#pragma once
#include <doctest/doctest.h>

#include "match/rule_base.hpp"

namespace digitalcheck {

inline const RuleBase& amend_rules() {
  static RuleBase base = [] {
    auto r = RuleBase::load_directory(DIGITALCHECK_SOURCE_DIR "/tests/fixtures/rules-amend");
    REQUIRE(r.ok());
    return std::move(*r);
  }();
  return base;
}

}  // namespace digitalcheck
