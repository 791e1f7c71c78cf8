// Running the rules over a text already split into sentences: the one matching loop shared by the
// Analyzer (operative text) and the amendment evaluation (quoted new and old text).
#pragma once
#include <vector>

#include "match/matcher.hpp"

namespace digitalcheck {

struct TextMatch {
  RuleMatch match;            // offsets relative to scope_begin
  std::uint32_t scope_begin;  // the sentence (sentence scope) or 0 (paragraph scope)
  std::uint32_t scope_end;
  std::size_t sentence;       // index of the sentence the match starts in
};

// Sentence-scope rules per sentence, then paragraph-scope rules over the whole text.
void match_text(const Matcher& matcher, Segmenter& seg, std::string_view text, const std::vector<Span>& sentences,
                const MatchContext& ctx, std::vector<TextMatch>& out);

}  // namespace digitalcheck
