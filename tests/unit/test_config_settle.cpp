#include <doctest/doctest.h>

#include "config/settle.hpp"
#include "input/reader.hpp"
#include "pipeline/pipeline.hpp"
#include "score/gate.hpp"

using namespace digitalcheck;

namespace {

const char* kDraft =
    "## § 1 Antrag\n\n(1) Der Antrag ist schriftlich zu stellen.\n\n(2) Er ist eigenhändig zu unterschreiben.\n\n"
    "## § 2 Bescheid\n\nDie elektronische Form ist ausgeschlossen.\n";

struct Fixture {
  RuleBase rules = std::move(*RuleBase::load_embedded());
  Matcher matcher{rules};

  Analysis run(const Config& c, const Baseline* b, const std::string& path = "d.md", const char* text = kDraft) {
    Settler settler(c, b);
    return run_with(settler, path, text);
  }
  Analysis run_with(const Settler& settler, const std::string& path, const char* text = kDraft) {
    Pipeline p(matcher, PipelineOptions{std::nullopt, &settler});
    auto doc = parse_document(path, text, std::nullopt);
    REQUIRE(doc.ok());
    return p.run(std::move(*doc));
  }
};

Config config(const std::string& yaml) {
  auto c = Config::parse("c.yaml", yaml);
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().to_string()));
  return std::move(*c);
}

const Finding& by_rule(const Analysis& a, const std::string& id) {
  for (const auto& f : a.findings)
    if (f.rule->id == id) return f;
  FAIL("no finding for " << id);
  return a.findings.front();
}

}  // namespace

TEST_CASE_FIXTURE(Fixture, "a justification by citation covers the findings inside it and records its reason") {
  Config c = config("justifications:\n  - rule: SF-001\n    where: \"§ 1 Abs. 1\"\n    reason: Warnfunktion.\n    by: Ref. 3\n    date: 2026-01-02\n");
  Settler s(c, nullptr);
  Analysis a = run_with(s, "d.md");
  const Finding& sf = by_rule(a, "SF-001");
  CHECK(sf.status == FindingStatus::justified);
  CHECK(sf.justification == "Warnfunktion.");
  CHECK(sf.justified_by == "Ref. 3");
  CHECK(sf.justified_on == "2026-01-02");
  CHECK(sf.justification_source == "c.yaml:2");
  CHECK(by_rule(a, "US-001").status == FindingStatus::open);  // other rule, other Absatz
  CHECK(s.stale().empty());
  CHECK_FALSE(counts_for_gate(sf, Gate{Severity::info, {}}));
}

TEST_CASE_FIXTURE(Fixture, "a justification by category and whole norm; one by fingerprint") {
  Analysis plain = run(Config{}, nullptr);
  std::string fp = by_rule(plain, "SF-002").fingerprint;
  Config c = config("justifications:\n  - category: unterschrift\n    where: \"§ 1\"\n    reason: r1\n"
                    "  - rule: SF-002\n    where: \"" + fp + "\"\n    reason: r2\n");
  Analysis a = run(c, nullptr);
  CHECK(by_rule(a, "US-001").status == FindingStatus::justified);
  CHECK(by_rule(a, "SF-002").status == FindingStatus::justified);
  CHECK(by_rule(a, "SF-002").justification == "r2");
  CHECK(by_rule(a, "SF-001").status == FindingStatus::open);
}

TEST_CASE_FIXTURE(Fixture, "stale: a justification that justifies nothing in a document it applies to") {
  Config c = config("justifications:\n  - rule: SF-001\n    where: \"§ 9\"\n    reason: alt\n"
                    "  - rule: SF-001\n    where: \"§ 1\"\n    reason: gilt\n"
                    "  - rule: SF-001\n    where: \"§ 7\"\n    reason: anderes Dokument\n    file: \"andere/*.md\"\n");
  Settler s(c, nullptr);
  run_with(s, "d.md");
  auto stale = s.stale();
  REQUIRE(stale.size() == 1);  // the third applies to no checked document: not stale, just out of scope
  CHECK(stale[0].justification->where == "§ 9");
  CHECK(stale[0].justification->line == 2);
}

TEST_CASE_FIXTURE(Fixture, "severity overrides apply before the gate") {
  Config c = config("severity:\n  SF-001: error\n  SF-002: info\n");
  Analysis a = run(c, nullptr);
  CHECK(by_rule(a, "SF-001").severity == Severity::error);
  CHECK(by_rule(a, "SF-002").severity == Severity::info);
  Gate g;
  g.fail_on = Severity::error;
  CHECK(counts_for_gate(by_rule(a, "SF-001"), g));
  CHECK_FALSE(counts_for_gate(by_rule(a, "SF-002"), g));
  g.fail_on = std::nullopt;
  CHECK_FALSE(judge(a, g).failed());
}

TEST_CASE_FIXTURE(Fixture, "baseline: known fingerprints do not count for the gate") {
  Analysis plain = run(Config{}, nullptr);
  std::string json = R"({"documents":[{"path":"d.md","findings":[{"fingerprint":")" +
                     by_rule(plain, "US-001").fingerprint + R"("}]}]})";
  auto b = Baseline::parse("base.json", json);
  REQUIRE(b.ok());
  Analysis a = run(Config{}, &*b);
  CHECK(by_rule(a, "US-001").in_baseline);
  CHECK_FALSE(by_rule(a, "SF-002").in_baseline);
  Gate g;
  CHECK_FALSE(counts_for_gate(by_rule(a, "US-001"), g));
  CHECK(counts_for_gate(by_rule(a, "SF-002"), g));
  // A renamed document falls back to all fingerprints of the baseline.
  Analysis renamed = run(Config{}, &*b, "neu/d.md");
  CHECK(by_rule(renamed, "US-001").in_baseline);
}

TEST_CASE("Baseline::parse refuses what is no JSON report") {
  for (const char* bad : {"", "[]", "{\"documents\": 3}", "{\"documents\":[{\"findings\":[{}]}]}", "nicht json"}) {
    auto b = Baseline::parse("b.json", bad);
    CHECK_MESSAGE(!b.ok(), bad);
    if (!b.ok()) {
      CHECK(b.error().file == "b.json");
      CHECK(b.error().message.find("keine Basislinie") != std::string::npos);
    }
  }
}
