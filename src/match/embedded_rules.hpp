// The rule base compiled into the executable (generated from rules/ by cmake/EmbedRules.cmake).
#pragma once
#include <string_view>
#include <vector>

namespace digitalcheck {

struct EmbeddedFile {
  std::string_view name;     // path relative to rules/
  std::string_view content;  // YAML text
};

const std::vector<EmbeddedFile>& embedded_rule_files();

}  // namespace digitalcheck
