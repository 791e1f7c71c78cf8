// Loading rule files: what is accepted, and that every mistake is refused with file, line and reason.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <string>

#include "match/rule_base.hpp"

using namespace digitalcheck;

namespace {

// A valid rule; `extra` is inserted as further keys of the rule (indented by four spaces).
std::string rule_yaml(const std::string& id = "XX-001", const std::string& extra = "",
                      const std::string& category = "schriftform") {
  return "rules:\n"
         "  - id: " + id + "\n"
         "    category: " + category + "\n"
         "    principle: P1\n"
         "    severity: warning\n"
         "    title: Titel\n"
         "    message: Meldung\n"
         "    suggestion: Vorschlag\n"
         "    patterns: ['schriftlich\\s+zu\\s+beantragen']\n" +
         extra +
         "    examples:\n"
         "      match: ['Die Hilfe ist [[schriftlich zu beantragen]].']\n"
         "      no_match: ['Die Hilfe ist formlos zu beantragen.']\n";
}

Result<RuleBase> load_one(const std::string& yaml, const std::string& name = "rules/test.yaml") {
  return RuleBase::load({{name, yaml}});
}

// Loads yaml, expects a refusal on `line` whose message contains `reason`.
void expect_refused(const std::string& yaml, int line, const std::string& reason) {
  auto rb = load_one(yaml);
  REQUIRE_FALSE(rb.ok());
  CHECK(rb.error().file == "rules/test.yaml");
  CHECK(rb.error().line == line);
  CHECK_MESSAGE(rb.error().message.find(reason) != std::string::npos, rb.error().message);
}

}  // namespace

TEST_CASE("a complete rule loads with every field") {
  auto rb = load_one(rule_yaml("XX-001",
                               "    references: ['§ 126 BGB']\n"
                               "    unless: ['Prüfung']\n"
                               "    mitigated_by: ['oder\\s+elektronisch']\n"
                               "    unless_document: ['Prüfungsordnung']\n"
                               "    unless_heading: ['Prüfung']\n"
                               "    scope: paragraph\n"
                               "    whole_word: false\n"
                               "    case_sensitive: true\n"));
  REQUIRE_MESSAGE(rb.ok(), rb.error().to_string());
  REQUIRE(rb->rules().size() == 1);
  const Rule& r = rb->rules()[0];
  CHECK(r.id == "XX-001");
  CHECK(r.category == "schriftform");
  CHECK(r.severity == Severity::warning);
  CHECK(r.references == std::vector<std::string>{"§ 126 BGB"});
  CHECK(r.scope == Scope::paragraph);
  CHECK_FALSE(r.whole_word);
  CHECK(r.case_sensitive);
  CHECK(r.file == "rules/test.yaml");
  CHECK(r.line == 2);
  REQUIRE(r.match_examples.size() == 1);
  const RuleExample& ex = r.match_examples[0];
  CHECK(ex.text == "Die Hilfe ist schriftlich zu beantragen.");
  CHECK(ex.text.substr(ex.span_begin, ex.span_end - ex.span_begin) == "schriftlich zu beantragen");
  CHECK(ex.expected_status == "open");
  CHECK(r.compiled_patterns.size() == 1);
  CHECK(r.compiled_unless);
  CHECK(r.compiled_mitigated_by);
  CHECK(rb->find("XX-001") == &r);
  CHECK(rb->find("XX-999") == nullptr);
}

TEST_CASE("defaults: sentence scope, whole words, case-insensitive, open examples") {
  auto rb = load_one(rule_yaml());
  REQUIRE(rb.ok());
  const Rule& r = rb->rules()[0];
  CHECK(r.scope == Scope::sentence);
  CHECK(r.whole_word);
  CHECK_FALSE(r.case_sensitive);
}

TEST_CASE("example map form with status, title and heading") {
  std::string yaml = rule_yaml();
  yaml.replace(yaml.find("      match: ["), std::string("      match: ['Die Hilfe ist [[schriftlich zu beantragen]].']\n").size(),
               "      match:\n"
               "        - text: 'Die Hilfe ist [[schriftlich zu beantragen]].'\n"
               "          status: mitigated\n"
               "          title: Gesetz über Hilfen\n"
               "          heading: Antrag\n");
  auto rb = load_one(yaml);
  REQUIRE_MESSAGE(rb.ok(), rb.error().to_string());
  const RuleExample& ex = rb->rules()[0].match_examples[0];
  CHECK(ex.expected_status == "mitigated");
  CHECK(ex.title == "Gesetz über Hilfen");
  CHECK(ex.heading == "Antrag");
  CHECK(ex.line == 12);
}

TEST_CASE("pattern sets are expanded where a list names them with @") {
  std::string yaml =
      "pattern_sets:\n"
      "  elektronisch:\n"
      "    - 'oder\\s+elektronisch'\n"
      "    - 'auch\\s+elektronisch'\n" +
      rule_yaml("XX-001", "    mitigated_by: ['@elektronisch', 'per\\s+E-Mail']\n");
  auto rb = load_one(yaml);
  REQUIRE_MESSAGE(rb.ok(), rb.error().to_string());
  CHECK(rb->rules()[0].mitigated_by ==
        std::vector<std::string>{"oder\\s+elektronisch", "auch\\s+elektronisch", "per\\s+E-Mail"});
}

TEST_CASE("pattern sets defined in one file are usable from another; rules come out sorted by id") {
  auto rb = RuleBase::load({{"rules/a.yaml", "pattern_sets:\n  s: ['formlos']\n"},
                            {"rules/b.yaml", rule_yaml("XX-002", "    unless: ['@s']\n")},
                            {"rules/c.yaml", rule_yaml("XX-001")}});
  REQUIRE_MESSAGE(rb.ok(), rb.error().to_string());
  REQUIRE(rb->rules().size() == 2);
  CHECK(rb->rules()[0].id == "XX-001");
  CHECK(rb->rules()[1].id == "XX-002");
  CHECK(rb->rules()[1].unless == std::vector<std::string>{"formlos"});
}

TEST_CASE("YAML syntax errors are refused with their line") {
  expect_refused("rules:\n  - id: XX-001\n    title: a: b\n", 3, "YAML-Fehler: unzulässiger Doppelpunkt");
  expect_refused("rules:\n  - id: XX-001\n  title: x\n", 3, "Einrückung prüfen");
  expect_refused("rules:\n  - id: XX-001\n    title: {a\n", 4, "schließende '}' fehlt");
  expect_refused("rules:\n  - id: XX-001\n    patterns: [\"a\\sb\"]\n", 3, "unbekannte Escape-Folge");
}

TEST_CASE("unknown keys are refused where they stand") {
  expect_refused(rule_yaml("XX-001", "    severty: error\n"), 10, "unbekannter Schlüssel 'severty'");
  expect_refused("rulez: []\n", 1, "unbekannter Schlüssel 'rulez'");
  std::string yaml = rule_yaml();
  yaml.replace(yaml.find("      no_match"), 0, "      maybe: ['x']\n");
  expect_refused(yaml, 12, "unbekannter Schlüssel 'maybe'");
  std::string ex = rule_yaml();
  ex.replace(ex.find("      no_match: ['Die Hilfe ist formlos zu beantragen.']"),
             std::string("      no_match: ['Die Hilfe ist formlos zu beantragen.']").size(),
             "      no_match:\n        - text: 'formlos'\n          expect: nothing\n");
  expect_refused(ex, 14, "unbekannter Schlüssel 'expect'");
}

TEST_CASE("a key given twice in a rule is refused") {
  expect_refused(rule_yaml("XX-001", "    title: Noch ein Titel\n"), 10, "doppelt");
}

TEST_CASE("patterns RE2 rejects are refused with the pattern's own line") {
  std::string yaml = rule_yaml("XX-001", "    unless:\n      - 'gut'\n      - 'kaputt(\\s+'\n");
  expect_refused(yaml, 12, "ungültiges Muster 'kaputt(\\s+'");
  // Perl look-around is not RE2.
  expect_refused(rule_yaml("XX-001", "    mitigated_by: ['(?<=oder)\\s+elektronisch']\n"), 10, "ungültiges Muster");
  // In a pattern set, too.
  expect_refused("pattern_sets:\n  s:\n    - 'a'\n    - '[b'\n" + rule_yaml(), 4, "ungültiges Muster '[b'");
}

TEST_CASE("patterns that match empty text are refused") {
  expect_refused(rule_yaml("XX-001", "    unless: ['(?:Prüfung)?']\n"), 10, "leeren Text");
  // In a case-sensitive rule (checked apart from the others), and in a pattern set.
  expect_refused(rule_yaml("XX-001", "    case_sensitive: true\n    mitigated_by: ['gut', 'x*']\n"), 11, "'x*' passt auch");
  expect_refused("pattern_sets:\n  s:\n    - 'a'\n    - '\\s*'\n" + rule_yaml(), 4, "leeren Text");
  // The first such pattern is named, in the file it is written in.
  auto rb = RuleBase::load({{"rules/a.yaml", rule_yaml("XX-001")}, {"rules/b.yaml", rule_yaml("XX-002", "    unless: ['(?:a|)']\n")}});
  REQUIRE_FALSE(rb.ok());
  CHECK(rb.error().file == "rules/b.yaml");
  CHECK(rb.error().line == 10);
}

TEST_CASE("the compiled forms match what the patterns say") {
  auto rb = load_one(rule_yaml("XX-001", "    case_sensitive: true\n    unless: ['Prüfung']\n"));
  REQUIRE(rb.ok());
  const Rule& r = rb->rules()[0];
  REQUIRE(r.compiled_patterns.size() == 1);
  CHECK(RE2::PartialMatch("ist schriftlich zu beantragen", *r.compiled_patterns[0].get()));
  CHECK(r.compiled_unless.get() != nullptr);
  CHECK(RE2::PartialMatch("die Prüfung", *r.compiled_unless.get()));
  CHECK_FALSE(RE2::PartialMatch("die PRÜFUNG", *r.compiled_unless.get()));  // case_sensitive applies
  CHECK_FALSE(r.compiled_unless_heading);
  CHECK(r.compiled_unless_heading.get() == nullptr);
}

TEST_CASE("an unknown pattern set is refused") {
  expect_refused(rule_yaml("XX-001", "    unless: ['@fehlt']\n"), 2, "unbekannte Mustergruppe '@fehlt'");
}

TEST_CASE("missing examples are refused") {
  std::string no_examples = rule_yaml();
  no_examples.erase(no_examples.find("    examples:"));
  expect_refused(no_examples, 2, "braucht mindestens ein 'match'- und ein 'no_match'-Beispiel");
  std::string no_no_match = rule_yaml();
  no_no_match.erase(no_no_match.find("      no_match"));
  expect_refused(no_no_match, 2, "no_match");
  std::string no_match = rule_yaml();
  no_match.erase(no_match.find("      match"), no_match.find("      no_match") - no_match.find("      match"));
  expect_refused(no_match, 2, "'match'");
}

TEST_CASE("a match example without, with an empty or with two [[...]] spans is refused") {
  auto with_match = [](const std::string& m) {
    std::string y = rule_yaml();
    std::string old = "[[schriftlich zu beantragen]]";
    y.replace(y.find(old), old.size(), m);
    return y;
  };
  expect_refused(with_match("schriftlich zu beantragen"), 11, "ohne markierten Treffer");
  expect_refused(with_match("[[]]schriftlich zu beantragen"), 11, "leerem Treffer");
  expect_refused(with_match("[[schriftlich]] zu [[beantragen]]"), 11, "mehr als einem");
  std::string y = rule_yaml();
  y.replace(y.find("formlos"), 7, "[[formlos]]");
  expect_refused(y, 12, "no_match-Beispiel darf keinen");
}

TEST_CASE("a duplicate id is refused, naming both places") {
  auto rb = RuleBase::load({{"rules/a.yaml", rule_yaml("XX-001")}, {"rules/b.yaml", rule_yaml("XX-001")}});
  REQUIRE_FALSE(rb.ok());
  CHECK(rb.error().file == "rules/b.yaml");
  CHECK(rb.error().line == 2);
  CHECK(rb.error().message.find("doppelt") != std::string::npos);
  CHECK(rb.error().message.find("rules/a.yaml:2") != std::string::npos);
}

TEST_CASE("an unknown category is refused at the category's line, listing the allowed ones") {
  expect_refused(rule_yaml("XX-001", "", "schreibform"), 3, "unbekannte Kategorie 'schreibform'");
  auto rb = load_one(rule_yaml("XX-001", "", "schreibform"));
  CHECK(rb.error().message.find("unterschrift") != std::string::npos);
}

TEST_CASE("bad values for severity, principle, scope, whole_word and id are refused") {
  std::string sev = rule_yaml();
  sev.replace(sev.find("severity: warning"), 17, "severity: fatal");
  expect_refused(sev, 5, "unbekannte Schwere 'fatal'");
  std::string pr = rule_yaml();
  pr.replace(pr.find("principle: P1"), 13, "principle: P7");
  expect_refused(pr, 4, "P1 bis P5");
  expect_refused(rule_yaml("XX-001", "    scope: document\n"), 10, "unbekannter Bereich 'document'");
  expect_refused(rule_yaml("XX-001", "    whole_word: ja\n"), 10, "true oder false");
  expect_refused(rule_yaml("sf 1"), 2, "KÜRZEL-NUMMER");
}

TEST_CASE("missing required fields are refused") {
  for (const char* key : {"    title: Titel\n", "    message: Meldung\n", "    suggestion: Vorschlag\n"}) {
    std::string y = rule_yaml();
    y.erase(y.find(key), std::string(key).size());
    auto rb = load_one(y);
    REQUIRE_FALSE(rb.ok());
    CHECK(rb.error().line == 2);
    CHECK(rb.error().message.find("Regel ohne") != std::string::npos);
  }
  std::string y = rule_yaml();
  y.erase(y.find("    patterns:"), y.find("    examples:") - y.find("    patterns:"));
  expect_refused(y, 2, "ohne 'patterns'");
}

TEST_CASE("structural mistakes: not a map, rules not a list, a list where text belongs") {
  expect_refused("- a\n- b\n", 1, "Zuordnung");
  expect_refused("rules: 5\n", 1, "'rules' muss eine Liste sein");
  std::string y = rule_yaml();
  y.replace(y.find("title: Titel"), 12, "title: [a, b]");
  expect_refused(y, 6, "'title' muss ein Text sein");
  expect_refused("", 1, "Zuordnung");
}

TEST_CASE("a directory without rule files and a missing directory are refused") {
  auto missing = RuleBase::load_directory("/nonexistent/rules");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().file == "/nonexistent/rules");
  CHECK(missing.error().message.find("nicht gefunden") != std::string::npos);
}

TEST_CASE("the embedded rule base loads") {
  auto rb = RuleBase::load_embedded();
  REQUIRE_MESSAGE(rb.ok(), rb.error().to_string());
  CHECK_FALSE(rb->rules().empty());
  for (const Rule& r : rb->rules()) CHECK(r.file.rfind("rules/", 0) == 0);
}
