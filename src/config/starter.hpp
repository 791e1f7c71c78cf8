// The commented starter config that `digitalcheck init` writes.
#pragma once
#include <string>

namespace digitalcheck {

// A valid .digitalcheck.yaml that changes nothing but explains every key (docs/config.md has the schema).
const std::string& starter_config();

}  // namespace digitalcheck
