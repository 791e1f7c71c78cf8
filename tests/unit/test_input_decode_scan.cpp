// The word-at-a-time scans of decode_text (binary check, UTF-8 validation) must see every byte:
// a bad byte at any position relative to the 8-byte words, and sequences crossing word edges.
#include <doctest/doctest.h>

#include "input/decode.hpp"

using namespace digitalcheck;

TEST_CASE("a NUL byte is found at every position") {
  for (std::size_t n : {1u, 7u, 8u, 9u, 17u, 40u}) {
    for (std::size_t k = 0; k < n; ++k) {
      std::string s(n, 'a');
      s[k] = '\0';
      CHECK_FALSE(decode_text("x.txt", s).ok());
    }
  }
}

TEST_CASE("control bytes are counted at every position (more than 1 % refuses)") {
  for (std::size_t k = 0; k < 24; ++k) {
    std::string s(24, 'a');
    s[k] = '\x01';  // 1 of 24 bytes: over 1 %
    CHECK_FALSE(decode_text("x.txt", s).ok());
    std::string ok(24, 'a');
    ok[k] = '\n';
    CHECK(decode_text("x.txt", ok).ok());
  }
}

TEST_CASE("invalid UTF-8 is found at every position, multi-byte sequences across word edges are valid") {
  const std::string umlaut = "\xc3\xa4";    // ä
  const std::string quote = "\xe2\x80\x9e";  // „
  for (std::size_t k = 0; k < 20; ++k) {
    std::string s = std::string(k, 'a') + umlaut + std::string(20, 'b') + quote + std::string(k, 'c');
    auto d = decode_text("x.txt", s);
    REQUIRE(d.ok());
    CHECK(d->text == s);
    CHECK_FALSE(d->converted());
    std::string broken = s;
    broken[k + umlaut.size() + 3] = '\xff';  // invalid next to valid multi-byte text: refused as broken UTF-8
    CHECK_FALSE(decode_text("x.txt", broken).ok());
    std::string truncated = std::string(k, 'a') + "\xe2\x80" + std::string(9, 'b') + umlaut;
    CHECK_FALSE(decode_text("x.txt", truncated).ok());
  }
}
