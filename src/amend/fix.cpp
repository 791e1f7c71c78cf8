#include "amend/fix.hpp"
#include "util/utf8.hpp"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace digitalcheck {

namespace {

bool letter_at(std::string_view s, std::size_t i) { return alnum_at(s, i); }

bool letter_before(std::string_view s, std::size_t i) { return alnum_before(s, i); }

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
