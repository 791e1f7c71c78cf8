#include "amend/fix.hpp"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace digitalcheck {

namespace {

bool letter_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), k, static_cast<int32_t>(s.size()), c);
  return c >= 0 && (u_isalnum(c));
}

bool letter_before(std::string_view s, std::size_t i) {
  if (i == 0) return false;
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, k, c);
  return c >= 0 && u_isalnum(c);
}

}  // namespace

std::optional<FixEdit> find_fix(const Rule& rule, std::string_view text, std::size_t from) {
  for (const RuleFix& fx : rule.fixes) {
    if (!fx.compiled) continue;
    re2::StringPiece in(text.data(), text.size()), m;
    std::size_t pos = from;
    while (pos <= text.size() && fx.compiled->Match(in, pos, in.size(), RE2::UNANCHORED, &m, 1)) {
      std::size_t b = m.data() - text.data(), e = b + m.size();
      pos = e > b ? e : b + 1;
      if (m.empty() || letter_before(text, b) || letter_at(text, e)) continue;
      FixEdit edit;
      edit.begin = b;
      edit.end = e;
      edit.old_words = std::string(m.data(), m.size());
      edit.new_words = edit.old_words;
      RE2::Replace(&edit.new_words, *fx.compiled, fx.with);
      if (edit.new_words == edit.old_words) continue;
      return edit;
    }
  }
  return std::nullopt;
}

}  // namespace digitalcheck
