#include "match/matcher.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <stdexcept>

namespace digitalcheck {

const char* to_string(FindingStatus s) {
  switch (s) {
    case FindingStatus::open: return "open";
    case FindingStatus::mitigated: return "mitigated";
    case FindingStatus::justified: return "justified";
  }
  return "open";
}

namespace {
// The prefilter's form of a pattern. A gap of words, `(?:[^\s,;:()]+\s+){0,N}?` (docs/rules.md), becomes
// `[^,;:()]*?`: any run without , ; : ( ) is a superset of up to N such words, so the set never misses a text
// the pattern matches, while the counted repetitions multiplied the states of the set's DFA (federal audit:
// peak RSS 282 -> 232 MiB, and a little faster). Whether a pattern really matches is decided by the rule's
// own regex (find_match), so results are unchanged (checked byte for byte on the federal NDJSON).
std::string prefilter_form(std::string pattern) {
  static const RE2 gap(R"(\(\?:\[\^\\s,;:\(\)\]\+\\s\+\)\{0,\d+\}\??)");
  RE2::GlobalReplace(&pattern, gap, "[^,;:()]*?");
  return pattern;
}
}  // namespace

struct Matcher::PatternSet {
  RE2::Set set;
  // set index -> (rule, pattern index in rule)
  std::vector<std::pair<const Rule*, std::size_t>> owners;
  bool empty = true;

  static RE2::Options options() {
    RE2::Options opt;
    opt.set_encoding(RE2::Options::EncodingUTF8);
    opt.set_case_sensitive(true);  // per-pattern (?i) below
    opt.set_log_errors(false);
    opt.set_max_mem(128 << 20);  // bounds the DFA cache; the federal audit runs as fast as with 256 MiB
    return opt;
  }
  PatternSet() : set(options(), RE2::UNANCHORED) {}

  void add(const Rule& r, std::size_t i) {
    std::string p = (r.case_sensitive ? "" : "(?i)") + std::string("(?:") + prefilter_form(r.patterns[i]) + ")";
    std::string error;
    if (set.Add(p, &error) < 0) throw std::logic_error("pattern rejected by RE2::Set: " + r.id + ": " + error);
    owners.emplace_back(&r, i);
    empty = false;
  }
  void compile() {
    if (!empty && !set.Compile()) throw std::runtime_error("RE2::Set compile failed (out of memory)");
  }
};

Matcher::Matcher(const RuleBase& rules) : rules_(rules), all_(new PatternSet) {
  for (const auto& r : rules_.rules())
    for (std::size_t i = 0; i < r.patterns.size(); ++i) all_->add(r, i);
  all_->compile();
}

Matcher::~Matcher() = default;

bool Matcher::may_match(std::string_view text) const {
  if (all_->empty) return false;
  return all_->set.Match(re2::StringPiece(text.data(), text.size()), nullptr);
}

std::optional<Span> find_match(const re2::RE2& re, std::string_view text, std::size_t from, Segmenter* whole_words) {
  re2::StringPiece in(text.data(), text.size()), m;
  std::size_t pos = from;
  while (pos <= in.size() && re.Match(in, pos, in.size(), RE2::UNANCHORED, &m, 1)) {
    auto b = static_cast<std::uint32_t>(m.data() - text.data());
    auto e = static_cast<std::uint32_t>(b + m.size());
    if (!m.empty() && (!whole_words || whole_words->on_word_boundaries(text, b, e))) return Span{b, e};
    // Not a match here; a valid one may still start inside this span ("Unterschrift" in
    // "Unterschriftsprobe Unterschrift"), so search again from the next code point.
    pos = b + 1;
    while (pos < in.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
  return std::nullopt;
}

namespace {
// Anywhere in the text, also inside words (vetoes, mitigations, titles, headings).
std::optional<Span> find_in(const LazyRegex& re, std::string_view text) {
  const re2::RE2* compiled = re.get();
  return compiled ? find_match(*compiled, text, 0, nullptr) : std::nullopt;
}
}  // namespace

bool vetoed_in(const Rule& rule, std::string_view scope_text) { return find_in(rule.compiled_unless, scope_text).has_value(); }

std::optional<Span> mitigation_in(const Rule& rule, std::string_view scope_text) {
  return find_in(rule.compiled_mitigated_by, scope_text);
}

void Matcher::match(std::string_view text, Scope scope, const MatchContext& ctx, Segmenter& seg,
                    std::vector<RuleMatch>& out) const {
  const PatternSet& ss = *all_;
  if (ss.empty) return;
  std::vector<int> hits;
  re2::StringPiece in(text.data(), text.size());
  RE2::Set::ErrorInfo info;
  if (!ss.set.Match(in, &hits, &info)) {
    if (info.kind != RE2::Set::kNoError)
      throw std::runtime_error("RE2::Set prefilter failed (out of memory); raise max_mem in matcher.cpp");
    return;
  }
  std::sort(hits.begin(), hits.end());
  std::vector<RuleMatch> found;
  const Rule* vetoed = nullptr;
  for (int h : hits) {
    auto [rule, pi] = ss.owners[static_cast<std::size_t>(h)];
    if (rule->scope != scope || rule == vetoed) continue;
    if (find_in(rule->compiled_unless_document, ctx.title) || find_in(rule->compiled_unless_heading, ctx.heading) ||
        vetoed_in(*rule, text)) {
      vetoed = rule;
      continue;
    }
    const re2::RE2& re = *rule->compiled_patterns[pi].get();
    std::optional<Span> mitigation;
    bool mitigation_known = false;
    Segmenter* whole_words = rule->whole_word ? &seg : nullptr;
    for (auto span = find_match(re, text, 0, whole_words); span; span = find_match(re, text, span->end, whole_words)) {
      if (!mitigation_known) mitigation = mitigation_in(*rule, text), mitigation_known = true;
      RuleMatch rm;
      rm.rule = rule;
      rm.begin = span->begin;
      rm.end = span->end;
      if (mitigation) {
        rm.status = FindingStatus::mitigated;
        rm.mitigation_begin = mitigation->begin;
        rm.mitigation_end = mitigation->end;
      }
      found.push_back(rm);
    }
  }
  // One finding per rule and overlapping span: keep the earliest, then longest.
  std::sort(found.begin(), found.end(), [](const RuleMatch& a, const RuleMatch& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.rule->id < b.rule->id;
  });
  std::vector<RuleMatch> kept;
  for (const auto& f : found) {
    bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const RuleMatch& k) {
      return k.rule == f.rule && f.begin < k.end && k.begin < f.end;
    });
    if (!overlaps) kept.push_back(f);
  }
  out.insert(out.end(), kept.begin(), kept.end());
}

}  // namespace digitalcheck
