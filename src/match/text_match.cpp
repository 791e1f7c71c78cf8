#include "match/text_match.hpp"

namespace digitalcheck {

void match_text(const Matcher& matcher, Segmenter& seg, std::string_view text, const std::vector<Span>& sentences,
                const MatchContext& ctx, std::vector<TextMatch>& out) {
  std::vector<RuleMatch> matches;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    std::string_view s(text.data() + sentences[si].begin, sentences[si].end - sentences[si].begin);
    matcher.match(s, Scope::sentence, ctx, seg, matches);
    for (const RuleMatch& m : matches) out.push_back({m, sentences[si].begin, sentences[si].end, si});
    matches.clear();
  }
  matcher.match(text, Scope::paragraph, ctx, seg, matches);
  for (const RuleMatch& m : matches) {
    // Paragraph-scope matches are cited by the sentence they start in.
    std::size_t si = 0;
    while (si + 1 < sentences.size() && sentences[si + 1].begin <= m.begin) ++si;
    out.push_back({m, 0, static_cast<std::uint32_t>(text.size()), si});
  }
}

}  // namespace digitalcheck
