// Applying a rule's `fix` (see match/rule.hpp, docs/rules.md) to the words a finding stands on.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "match/rule.hpp"

namespace digitalcheck {

struct FixEdit {
  std::size_t begin = 0, end = 0;  // the replaced words, offsets in the text given to find_fix
  std::string old_words;           // "schriftlichen"
  std::string new_words;           // "schriftlichen oder elektronischen"
};

// The first of the rule's fixes whose `replace` occurs in text at or after `from` (whole words only);
// nullopt when the rule has no fix or none applies.
std::optional<FixEdit> find_fix(const Rule& rule, std::string_view text, std::size_t from = 0);

}  // namespace digitalcheck
