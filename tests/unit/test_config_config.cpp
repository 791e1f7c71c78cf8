#include <doctest/doctest.h>

#include "config/config.hpp"
#include "config/starter.hpp"

using namespace digitalcheck;

namespace {

Error parse_error(const std::string& yaml) {
  auto c = Config::parse("/p/.digitalcheck.yaml", yaml);
  REQUIRE_MESSAGE(!c.ok(), yaml);
  return c.error();
}

RuleBase sample_rules() {
  auto rb = RuleBase::load_embedded();
  REQUIRE(rb.ok());
  return std::move(*rb);
}

}  // namespace

TEST_CASE("an empty config is valid and changes nothing") {
  auto c = Config::parse("x.yaml", "# nur ein Kommentar\n");
  REQUIRE(c.ok());
  CHECK(c->justifications.empty());
  CHECK(c->gate.fail_on == Severity::error);
  CHECK_FALSE(c->gate.min_score);
}

TEST_CASE("the starter config written by init is valid") {
  auto c = Config::parse("x.yaml", starter_config());
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().to_string()));
  CHECK(c->gate.fail_on == Severity::error);
  CHECK(c->justifications.empty());
  CHECK(c->validate(sample_rules()).ok());
}

TEST_CASE("every key is read") {
  auto c = Config::parse("/proj/.digitalcheck.yaml", R"(
version: 1
rules:
  disable: [P4, vordruck]
  enable: SF-001
severity:
  schriftform: error
  US-001: info
gate:
  fail_on: warning
  min_score: 72.5
  baseline: reports/base.json
include: ["entwuerfe/**/*.md"]
exclude:
  - archiv/
justifications:
  - rule: SF-001
    where: "§ 5 Abs. 2"
    reason: Warnfunktion.
    by: Referat 12
    date: 2026-11-30
    file: "entwuerfe/*.md"
  - category: unterschrift
    where: 0123456789abcdef:1
    reason: Unterschrift nötig.
)");
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().to_string()));
  REQUIRE(c->disable.size() == 2);
  CHECK(c->disable[0].kind == RuleSelector::Kind::principle);
  CHECK(c->disable[1].kind == RuleSelector::Kind::category);
  REQUIRE(c->enable.size() == 1);
  CHECK(c->enable[0].kind == RuleSelector::Kind::rule);
  CHECK(c->severity.size() == 2);
  CHECK(c->gate.fail_on == Severity::warning);
  CHECK(c->gate.min_score == doctest::Approx(72.5));
  CHECK(c->baseline == "/proj/reports/base.json");
  CHECK(c->files.selects("entwuerfe/2026/a.md"));
  CHECK_FALSE(c->files.selects("archiv/a.md"));
  CHECK_FALSE(c->files.selects("a.txt"));
  REQUIRE(c->justifications.size() == 2);
  const auto& j = c->justifications[0];
  CHECK(j.rule == "SF-001");
  REQUIRE(j.citation);
  CHECK(j.citation->absatz == "2");
  CHECK(j.by == "Referat 12");
  CHECK(j.date == "2026-11-30");
  CHECK(j.applies_to_document("entwuerfe/a.md"));
  CHECK_FALSE(j.applies_to_document("andere/a.md"));
  CHECK(j.line == 17);
  CHECK(c->justifications[1].fingerprint == "0123456789abcdef:1");
  CHECK(c->validate(sample_rules()).ok());
}

TEST_CASE("gate.fail_on: none switches the severity gate off") {
  auto c = Config::parse("x", "gate:\n  fail_on: none\n");
  REQUIRE(c.ok());
  CHECK_FALSE(c->gate.fail_on);
}

TEST_CASE("errors name the file, the line and the key") {
  auto e = parse_error("version: 1\ngate:\n  fial_on: warning\n");
  CHECK(e.file == "/p/.digitalcheck.yaml");
  CHECK(e.line == 3);
  CHECK(e.message.find("gate.fial_on") != std::string::npos);
  CHECK(e.message.find("fail_on") != std::string::npos);  // names what is allowed

  e = parse_error("gate:\n  fail_on: fatal\n");
  CHECK(e.line == 2);
  CHECK(e.message.find("gate.fail_on") != std::string::npos);

  e = parse_error("gate:\n  min_score: viel\n");
  CHECK(e.line == 2);
  CHECK(e.message.find("gate.min_score") != std::string::npos);
  CHECK(parse_error("gate:\n  min_score: 101\n").message.find("0 bis 100") != std::string::npos);

  e = parse_error("include:\n  - \"a[b\"\n");
  CHECK(e.line == 2);
  CHECK(e.message.find("'include'") != std::string::npos);
  CHECK(e.message.find("ungültiges Muster") != std::string::npos);

  e = parse_error("rules:\n  disable: [Schriftform]\n");
  CHECK(e.message.find("rules.disable") != std::string::npos);

  e = parse_error("rules: [SF-001]\n");
  CHECK(e.message.find("'rules'") != std::string::npos);

  e = parse_error("severity:\n  SF-001: [error]\n");
  CHECK(e.message.find("severity.SF-001") != std::string::npos);

  e = parse_error("justifications:\n  - rule: SF-001\n    where: \"§ 5\"\n");
  CHECK(e.line == 2);
  CHECK(e.message.find("justifications[1].reason") != std::string::npos);

  e = parse_error("justifications:\n  - rule: SF-001\n    category: schriftform\n    where: \"§ 5\"\n    reason: x\n");
  CHECK(e.message.find("genau einen") != std::string::npos);

  e = parse_error("justifications:\n  - rule: SF-001\n    where: irgendwo\n    reason: x\n");
  CHECK(e.line == 3);
  CHECK(e.message.find("justifications[1].where") != std::string::npos);

  e = parse_error("justifications:\n  - rule: SF-001\n    where: \"§ 5\"\n    reason: x\n    date: 30.11.2026\n");
  CHECK(e.message.find("justifications[1].date") != std::string::npos);

  e = parse_error("justifications:\n  - rule: SF-001\n    where: \"§ 5\"\n    reason: x\n    grund: y\n");
  CHECK(e.line == 5);
  CHECK(e.message.find("justifications[1].grund") != std::string::npos);

  e = parse_error("version: 2\n");
  CHECK(e.message.find("'version'") != std::string::npos);

  e = parse_error("gate: {fail_on: error, fail_on: info}\n");
  CHECK(e.message.find("doppelt") != std::string::npos);

  e = parse_error("gate:\n  fail_on: [\n");
  CHECK(e.message.find("YAML-Fehler") != std::string::npos);
  CHECK(e.line > 0);

  e = parse_error("rules:\n  enable: [SF-001]\n  disable: [SF-001]\n");
  CHECK(e.line == 3);
}

TEST_CASE("validate refuses rule ids the rule base does not know, with line and key") {
  auto c = Config::parse("c.yaml", "severity:\n  SF-001: info\njustifications:\n  - rule: XX-999\n    where: \"§ 1\"\n    reason: r\n");
  REQUIRE(c.ok());
  auto v = c->validate(sample_rules());
  REQUIRE_FALSE(v.ok());
  CHECK(v.error().line == 4);
  CHECK(v.error().message.find("justifications[1].rule") != std::string::npos);
  CHECK(v.error().message.find("XX-999") != std::string::npos);

  auto d = Config::parse("c.yaml", "rules:\n  disable: [ZZ-001]\n");
  REQUIRE(d.ok());
  auto w = d->validate(sample_rules());
  REQUIRE_FALSE(w.ok());
  CHECK(w.error().line == 2);
}

TEST_CASE("rules on/off and severity: the most specific selector wins") {
  auto rb = sample_rules();
  const Rule& sf1 = *rb.find("SF-001");
  const Rule& sf2 = *rb.find("SF-002");
  const Rule& us1 = *rb.find("US-001");
  auto c = Config::parse("c", "rules:\n  disable: [schriftform]\n  enable: [SF-002]\nseverity:\n  P1: info\n  US-001: warning\n");
  REQUIRE(c.ok());
  CHECK_FALSE(c->rule_enabled(sf1));
  CHECK(c->rule_enabled(sf2));
  CHECK(c->rule_enabled(us1));
  CHECK(c->severity_for(sf1) == Severity::info);
  CHECK(c->severity_for(us1) == Severity::warning);

  auto only = Config::parse("c", "rules:\n  disable: ['*']\n  enable: [unterschrift]\n");
  REQUIRE(only.ok());
  CHECK_FALSE(only->rule_enabled(sf1));
  CHECK(only->rule_enabled(us1));
}

TEST_CASE("looks_like_fingerprint") {
  CHECK(looks_like_fingerprint("0123456789abcdef"));
  CHECK(looks_like_fingerprint("0123456789abcdef:2"));
  CHECK_FALSE(looks_like_fingerprint("0123456789abcde"));
  CHECK_FALSE(looks_like_fingerprint("0123456789ABCDEF"));
  CHECK_FALSE(looks_like_fingerprint("0123456789abcdef:"));
  CHECK_FALSE(looks_like_fingerprint("§ 5 Abs. 2"));
}
