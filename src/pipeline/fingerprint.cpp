#include "pipeline/fingerprint.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "util/hash.hpp"

namespace digitalcheck {

std::string fingerprint_text(std::string_view text) {
  std::string out;
  std::string token;
  bool has_digit = false;
  bool first_token = true;
  auto flush = [&](bool closes_list_item) {
    if (token.empty() && !has_digit) return;
    // A leading "a)" / "bb)" is an item label, like "(2)" or "3." that the digit rule drops.
    const bool list_label = first_token && closes_list_item && token.size() <= 2;
    if (!has_digit && !list_label) {
      if (!out.empty()) out += ' ';
      out += token;
    }
    first_token = false;
    token.clear();
    has_digit = false;
  };
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;  // ill-formed byte: skip
    if (u_isalpha(c)) {
      char buf[U8_MAX_LENGTH];
      int32_t len = 0;
      U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), len, u_tolower(c));
      token.append(buf, static_cast<std::size_t>(len));
    } else if (u_isdigit(c)) {
      has_digit = true;
    } else {
      flush(c == ')');
    }
  }
  flush(false);
  return out;
}

std::string fingerprint_base(std::string_view rule_id, std::string_view match, std::string_view sentence) {
  std::uint64_t h = fnv1a64(rule_id);
  h = fnv1a64("\x1f", h);
  h = fnv1a64(fingerprint_text(match), h);
  h = fnv1a64("\x1f", h);
  h = fnv1a64(fingerprint_text(sentence), h);
  return hex64(h);
}

}  // namespace digitalcheck
