// Finding fingerprints: stable across edits elsewhere in the text, so that baselines, diffs and
// justifications by fingerprint keep recognising a finding.
#pragma once
#include <string>
#include <string_view>

namespace digitalcheck {

// The form of a text a fingerprint hashes: its words, lower-cased, one space apart. Tokens holding a
// digit ("§ 4", "(2)", "3a", "14 Tagen"'s "14") and a leading list letter ("a)", "bb)") are dropped,
// as are punctuation and markup, so renumbering, reflowing, re-quoting or converting the text to
// another input format does not change it.
std::string fingerprint_text(std::string_view text);

// The fingerprint of one finding before the occurrence counter: 16 hex digits over the rule id, the
// matched words and the sentence's words.
std::string fingerprint_base(std::string_view rule_id, std::string_view match, std::string_view sentence);

}  // namespace digitalcheck
