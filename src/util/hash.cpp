#include "util/hash.hpp"

#include <fmt/format.h>

namespace digitalcheck {

std::string hex64(std::uint64_t v) { return fmt::format("{:016x}", v); }

}  // namespace digitalcheck
