// Matcher: applies a RuleBase to text. Built once, shared read-only by all threads.
#pragma once
#include <cstdint>
#include <memory>
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
