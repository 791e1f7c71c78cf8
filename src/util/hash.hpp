// Stable, platform-independent hashing for fingerprints.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace digitalcheck {

// 64-bit FNV-1a: stable across runs, builds and machines.
inline std::uint64_t fnv1a64(std::string_view data, std::uint64_t h = 0xcbf29ce484222325ULL) {
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string hex64(std::uint64_t v);

}  // namespace digitalcheck
