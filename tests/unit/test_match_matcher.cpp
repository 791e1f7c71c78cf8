// Matching: the RE2::Set prefilter, whole-word spans on ICU boundaries, unless / mitigated_by,
// paragraph scope, pattern sets, and a deterministic order of findings.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "input/reader.hpp"
#include "match/matcher.hpp"
#include "pipeline/analyzer.hpp"

using namespace digitalcheck;

namespace {

// One rule file text with a single rule; `body` holds patterns and options (indented by four spaces).
std::string rule(const std::string& id, const std::string& body, const std::string& match_example,
                 const std::string& no_match_example = "Nichts davon.") {
  return "  - id: " + id + "\n"
         "    category: schriftform\n"
         "    principle: P1\n"
         "    severity: warning\n"
         "    title: T\n"
         "    message: M\n"
         "    suggestion: S\n" +
         body +
         "    examples:\n"
         "      match: ['" + match_example + "']\n"
         "      no_match: ['" + no_match_example + "']\n";
}

RuleBase load(const std::string& yaml) {
  auto rb = RuleBase::load({{"rules/t.yaml", yaml}});
  REQUIRE_MESSAGE(rb.ok(), rb.error().to_string());
  return std::move(*rb);
}

struct Hit {
  std::string rule;
  std::string text;
  FindingStatus status;
  bool operator==(const Hit&) const = default;
};

std::vector<Hit> match_sentence(const Matcher& m, const std::string& text, Scope scope = Scope::sentence) {
  Segmenter seg;
  std::vector<RuleMatch> out;
  m.match(text, scope, MatchContext{}, seg, out);
  std::vector<Hit> hits;
  for (const auto& r : out) hits.push_back({r.rule->id, text.substr(r.begin, r.end - r.begin), r.status});
  return hits;
}

Analysis analyze(const Matcher& m, const std::string& markdown) {
  auto doc = parse_document("t.md", markdown, InputFormat::markdown);
  REQUIRE(doc.ok());
  Analyzer a(m);
  return a.analyze(std::move(*doc));
}

}  // namespace

TEST_CASE("the prefilter says no for text no rule can match, yes for a candidate") {
  RuleBase rb = load("rules:\n" + rule("XX-001", "    patterns: ['schriftlich\\s+zu\\s+beantragen']\n",
                                        "[[schriftlich zu beantragen]]"));
  Matcher m(rb);
  CHECK_FALSE(m.may_match("Der Antrag ist formlos zu stellen."));
  CHECK(m.may_match("Er ist SCHRIFTLICH zu beantragen."));
  CHECK(match_sentence(m, "Die Hilfe ist formlos zu beantragen.").empty());
}

TEST_CASE("patterns are case-insensitive by default, case-sensitive on request") {
  RuleBase rb = load("rules:\n" +
                     rule("XX-001", "    patterns: ['Schriftform']\n", "Die [[Schriftform]] gilt.") +
                     rule("XX-002", "    patterns: ['Schriftform']\n    case_sensitive: true\n",
                          "Die [[Schriftform]] gilt.", "Die SCHRIFTFORM gilt."));
  Matcher m(rb);
  CHECK(match_sentence(m, "Die SCHRIFTFORM gilt.") == std::vector<Hit>{{"XX-001", "SCHRIFTFORM", FindingStatus::open}});
  CHECK(match_sentence(m, "Die Schriftform gilt.").size() == 2);
}

TEST_CASE("whole words are decided by ICU, so umlauts and ß count as letters") {
  RuleBase rb = load("rules:\n" +
                     rule("XX-001", "    patterns: ['bermittlung']\n", "[[bermittlung]] x") +
                     rule("XX-002", "    patterns: ['Prüfung']\n", "Die [[Prüfung]] x") +
                     rule("XX-003", "    patterns: ['Stra']\n    whole_word: false\n", "Die [[Stra]]ße x") +
                     rule("XX-004", "    patterns: ['Straße']\n", "Die [[Straße]] x"));
  Matcher m(rb);
  // RE2's ASCII \b would see a word start after "Ü"; ICU does not.
  CHECK(match_sentence(m, "Die Übermittlung erfolgt.").empty());
  CHECK(match_sentence(m, "Die Prüfungsordnung gilt.").empty());
  CHECK(match_sentence(m, "Die Prüfung gilt.") == std::vector<Hit>{{"XX-002", "Prüfung", FindingStatus::open}});
  CHECK(match_sentence(m, "Die Vorprüfung gilt.").empty());
  // whole_word: false matches inside words.
  CHECK(match_sentence(m, "Die Straßen sind gesperrt.") == std::vector<Hit>{{"XX-003", "Stra", FindingStatus::open}});
  // Same start: the longer match first.
  CHECK(match_sentence(m, "An der Straße.") == std::vector<Hit>{{"XX-004", "Straße", FindingStatus::open},
                                                                  {"XX-003", "Stra", FindingStatus::open}});
}

TEST_CASE("a whole-word match is still found after a rejected candidate inside a longer word") {
  RuleBase rb = load("rules:\n" + rule("XX-001", "    patterns: ['Unterschrift\\pL{0,2}']\n", "Die [[Unterschrift]] x"));
  Matcher m(rb);
  auto hits = match_sentence(m, "Die Unterschriftsprobe und die Unterschriften fehlen.");
  CHECK(hits == std::vector<Hit>{{"XX-001", "Unterschriften", FindingStatus::open}});
  // The candidate "Unterschrift" inside "Nachunterschrift" is rejected, the later word is found.
  CHECK(match_sentence(m, "Keine Nachunterschrift, sondern eine Unterschrift.") ==
        std::vector<Hit>{{"XX-001", "Unterschrift", FindingStatus::open}});
}

TEST_CASE("unless vetoes the rule in the same sentence only") {
  RuleBase rb = load("rules:\n" + rule("XX-001",
                                       "    patterns: ['schriftlich\\pL*']\n"
                                       "    unless: ['Prüfung', 'Klausur']\n",
                                       "Er antwortet [[schriftlich]].", "Die schriftliche Prüfung dauert."));
  Matcher m(rb);
  CHECK(match_sentence(m, "Die schriftliche Prüfung dauert.").empty());
  CHECK(match_sentence(m, "Die KLAUSUR ist schriftlich.").empty());
  CHECK(match_sentence(m, "Er antwortet schriftlich.").size() == 1);
  // Through the analyzer: the veto in the first sentence does not reach the second.
  Analysis a = analyze(m, "Die schriftliche Prüfung dauert. Der Antrag ist schriftlich.\n");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].sentence == "Der Antrag ist schriftlich.");
}

TEST_CASE("mitigated_by makes a finding mitigated and records the mitigating words") {
  RuleBase rb = load("pattern_sets:\n  elektronisch: ['oder\\s+elektronisch', 'auch\\s+elektronisch']\n"
                     "rules:\n" +
                     rule("XX-001", "    patterns: ['schriftlich']\n    mitigated_by: ['@elektronisch']\n",
                          "Er antwortet [[schriftlich]]."));
  Matcher m(rb);
  CHECK(match_sentence(m, "Der Antrag ist schriftlich oder elektronisch zu stellen.") ==
        std::vector<Hit>{{"XX-001", "schriftlich", FindingStatus::mitigated}});
  CHECK(match_sentence(m, "Der Antrag ist schriftlich zu stellen.") ==
        std::vector<Hit>{{"XX-001", "schriftlich", FindingStatus::open}});
  Analysis a = analyze(m, "Der Antrag ist schriftlich, auch elektronisch, zu stellen.\n");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].status == FindingStatus::mitigated);
  CHECK(a.findings[0].mitigation == "auch elektronisch");
  // A mitigation in the next sentence does not count.
  Analysis b = analyze(m, "Der Antrag ist schriftlich zu stellen. Die Antwort kommt auch elektronisch.\n");
  REQUIRE(b.findings.size() == 1);
  CHECK(b.findings[0].status == FindingStatus::open);
}

TEST_CASE("@pattern_set references work in patterns and unless") {
  RuleBase rb = load("pattern_sets:\n  form: ['Formblatt', 'Vordruck']\n  elektronisch: ['elektronisch\\pL*']\n"
                     "rules:\n" +
                     rule("XX-001", "    patterns: ['@form']\n    unless: ['@elektronisch']\n",
                          "Auf dem [[Vordruck]]."));
  Matcher m(rb);
  CHECK(match_sentence(m, "Es gilt das Formblatt.").size() == 1);
  CHECK(match_sentence(m, "Es gilt der Vordruck.").size() == 1);
  CHECK(match_sentence(m, "Es gilt der elektronische Vordruck.").empty());
}

TEST_CASE("paragraph scope matches across sentences; sentence scope does not") {
  RuleBase rb = load("rules:\n" +
                     rule("XX-001", "    patterns: ['Antrag\\.\\s+Er\\s+ist\\s+zu\\s+unterschreiben']\n    scope: paragraph\n",
                          "Der [[Antrag. Er ist zu unterschreiben]].") +
                     rule("XX-002", "    patterns: ['Antrag\\.\\s+Er\\s+ist\\s+zu\\s+unterschreiben']\n",
                          "Der [[Antrag. Er ist zu unterschreiben]].", "Nichts."));
  Matcher m(rb);
  Analysis a = analyze(m, "Es gibt den Antrag. Er ist zu unterschreiben.\n");
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].rule->id == "XX-001");
  CHECK(a.findings[0].match == "Antrag. Er ist zu unterschreiben");
  // A paragraph finding shows the whole paragraph and is cited by the sentence it starts in.
  CHECK(a.findings[0].sentence == "Es gibt den Antrag. Er ist zu unterschreiben.");
}

TEST_CASE("one finding per rule and overlapping span; different rules on one span are all kept") {
  RuleBase rb = load("rules:\n" +
                     rule("XX-002", "    patterns: ['schriftlich\\s+zu\\s+stellen', 'schriftlich']\n",
                          "Er ist [[schriftlich zu stellen]].") +
                     rule("XX-001", "    patterns: ['schriftlich']\n", "Er ist [[schriftlich]]."));
  Matcher m(rb);
  auto hits = match_sentence(m, "Der Antrag ist schriftlich zu stellen.");
  // Earliest first, then longest, then by rule id.
  CHECK(hits == std::vector<Hit>{{"XX-002", "schriftlich zu stellen", FindingStatus::open},
                                 {"XX-001", "schriftlich", FindingStatus::open}});
}

TEST_CASE("findings come out ordered by position, then rule id, the same on every run") {
  RuleBase rb = load("rules:\n" +
                     rule("XX-003", "    patterns: ['Vordruck']\n", "Der [[Vordruck]].") +
                     rule("XX-001", "    patterns: ['Siegel']\n", "Das [[Siegel]].") +
                     rule("XX-002", "    patterns: ['Siegel']\n", "Das [[Siegel]]."));
  Matcher m(rb);
  std::string text = "Der Vordruck trägt ein Siegel.\n\nDas Siegel steht auf dem Vordruck.\n";
  auto order = [&] {
    std::vector<std::string> out;
    for (const auto& f : analyze(m, text).findings)
      out.push_back(f.rule->id + "@" + std::to_string(f.line) + ":" + std::to_string(f.column));
    return out;
  };
  auto first = order();
  CHECK(first == std::vector<std::string>{"XX-003@1:5", "XX-001@1:24", "XX-002@1:24", "XX-001@3:5", "XX-002@3:5",
                                          "XX-003@3:26"});
  CHECK(order() == first);
}

TEST_CASE("unless_document and unless_heading look at the title and the provision heading") {
  RuleBase rb = load("rules:\n" + rule("XX-001",
                                       "    patterns: ['schriftlich']\n"
                                       "    unless_document: ['Prüfungsordnung']\n"
                                       "    unless_heading: ['Prüfung']\n",
                                       "Er ist [[schriftlich]]."));
  Matcher m(rb);
  CHECK(analyze(m, "# Prüfungsordnung für Juristen\n\nDie Arbeit ist schriftlich.\n").findings.empty());
  CHECK(analyze(m, "# Gesetz\n\n§ 3 Prüfung\n\nDie Arbeit ist schriftlich.\n").findings.empty());
  CHECK(analyze(m, "# Gesetz\n\n§ 3 Antrag\n\nDie Arbeit ist schriftlich.\n").findings.size() == 1);
}

TEST_CASE("matching runs on the normalised view and reports positions in the original text") {
  RuleBase rb = load("rules:\n" + rule("XX-001", "    patterns: ['Antragsteller\\s+unterschreibt']\n",
                                       "Der [[Antragsteller unterschreibt]]."));
  Matcher m(rb);
  std::string text = "Titel\n\nDer Antrag-\n  steller\r\n unterschreibt.\n";
  Analysis a = analyze(m, text);
  REQUIRE(a.findings.size() == 1);
  const Finding& f = a.findings[0];
  CHECK(f.match == "Antragsteller unterschreibt");
  CHECK(text.substr(f.byte_offset, f.byte_length) == "Antrag-\n  steller\r\n unterschreibt");
  CHECK(f.line == 3);
  CHECK(f.column == 5);
  CHECK(f.end_line == 5);
  CHECK(f.end_column == 15);
}

TEST_CASE("RE2 notes of docs/rules.md hold: umlaut case folding, ß vs SS, ASCII \\w, (?-i:...)") {
  RuleBase rb = load("rules:\n" +
                     rule("XX-001", "    patterns: ['änderung']\n", "Die [[Änderung]] x") +
                     rule("XX-002", "    patterns: ['Straße']\n", "Die [[Straße]] x") +
                     rule("XX-003", "    patterns: ['schriftlich\\w*']\n    whole_word: false\n", "Die [[schriftlich]] x") +
                     rule("XX-004", "    patterns: ['(?-i:Amt)\\s+prüft']\n", "Das [[Amt prüft]] x"));
  Matcher m(rb);
  CHECK(match_sentence(m, "Die ÄNDERUNG gilt.") == std::vector<Hit>{{"XX-001", "ÄNDERUNG", FindingStatus::open}});
  CHECK(match_sentence(m, "Die STRASSE ist gesperrt.").empty());
  CHECK(match_sentence(m, "Die STRAßE ist gesperrt.").size() == 1);
  // \w is ASCII: it stops before the umlaut of "schriftlichä".
  CHECK(match_sentence(m, "Sie ist schriftlichä.") == std::vector<Hit>{{"XX-003", "schriftlich", FindingStatus::open}});
  CHECK(match_sentence(m, "Das Amt PRÜFT.").size() == 1);
  CHECK(match_sentence(m, "Das AMT prüft.").empty());
}

TEST_CASE("find_match: whole words, resumed inside a rejected candidate; anywhere without whole_word") {
  Segmenter seg;
  RE2 re("Unterschrift");
  const std::string text = "Die Unterschriftsprobe und die Unterschrift.";
  auto word = find_match(re, text, 0, &seg);
  REQUIRE(word);
  CHECK(text.substr(word->begin, word->end - word->begin) == "Unterschrift");
  CHECK(word->begin == text.rfind("Unterschrift"));
  CHECK_FALSE(find_match(re, text, word->end, &seg));
  auto inner = find_match(re, text, 0, nullptr);
  REQUIRE(inner);
  CHECK(inner->begin == text.find("Unterschrift"));
  // RE2's ASCII \b would see a boundary before "bermittlung" in "Übermittlung"; ICU does not.
  CHECK_FALSE(find_match(RE2("bermittlung"), "die Übermittlung", 0, &seg));
  // An empty match is never a match.
  CHECK_FALSE(find_match(RE2("x*"), "abc", 0, nullptr));
}
