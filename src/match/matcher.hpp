// Matcher: applies a RuleBase to text. Built once, shared read-only by all threads.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "match/rule_base.hpp"
#include "text/segment.hpp"

namespace re2 {
class RE2;
}

namespace digitalcheck {

// What a rule may look at beyond the matched text (document type hints).
struct MatchContext {
  std::string_view title;    // document title
  std::string_view heading;  // provision heading
};

enum class FindingStatus { open, mitigated, justified };
const char* to_string(FindingStatus s);

struct RuleMatch {
  const Rule* rule = nullptr;
  std::uint32_t begin = 0;  // offsets in the text given to match()
  std::uint32_t end = 0;
  FindingStatus status = FindingStatus::open;
  std::uint32_t mitigation_begin = 0;  // the mitigating wording, when status is mitigated
  std::uint32_t mitigation_end = 0;
};

// The first match of `re` in text at or after `from` that is not empty and, given a segmenter (whole_words),
// starts and ends on word boundaries (a match inside a longer word is skipped, the search goes on inside it).
// Without one the match may stand anywhere.
std::optional<Span> find_match(const re2::RE2& re, std::string_view text, std::size_t from, Segmenter* whole_words);
// The rule's `unless` and `mitigated_by` in the text of a scope (sentence or block). They match anywhere, also
// inside words: vetoes and mitigations are contexts („Telefax 0351…“ ends inside a number, „elektronisch
// übermittelt“ stands for „übermittelten“), so a pattern that must not match inside a longer word bounds itself
// (docs/rules.md). Whole-word vetoes were tried: they broke 5 own-corpus sentences and a rule example.
bool vetoed_in(const Rule& rule, std::string_view scope_text);
std::optional<Span> mitigation_in(const Rule& rule, std::string_view scope_text);

class Matcher {
 public:
  explicit Matcher(const RuleBase& rules);
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  const RuleBase& rules() const { return rules_; }

  // Cheap prefilter over a whole block: false means no rule of any scope can fire in it.
  bool may_match(std::string_view text) const;

  // Runs the rules of `scope` over `text` (a sentence for Scope::sentence, a block for
  // Scope::paragraph) and appends what fires, in deterministic order (by offset, then rule id).
  void match(std::string_view text, Scope scope, const MatchContext& ctx, Segmenter& seg,
             std::vector<RuleMatch>& out) const;

 private:
  struct PatternSet;
  const RuleBase& rules_;
  // Every pattern of every rule in one RE2::Set: the block prefilter, and in match() the patterns that hit,
  // of which those of the asked scope are searched for their spans.
  std::unique_ptr<PatternSet> all_;
};

}  // namespace digitalcheck
