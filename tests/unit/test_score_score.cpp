// The scoring properties of docs/scoring.md, each checked on analyses of real text through the pipeline.
#include <doctest/doctest.h>

#include <functional>

#include "input/reader.hpp"
#include "pipeline/pipeline.hpp"
#include "score/score.hpp"

using namespace digitalcheck;

namespace {

struct Fixture {
  RuleBase rules = std::move(*RuleBase::load_embedded());
  Matcher matcher{rules};
  Pipeline pipeline{matcher, PipelineOptions{}};

  Analysis analyze(const std::string& markdown) {
    auto doc = parse_document("t.md", markdown, InputFormat::markdown);
    REQUIRE(doc.ok());
    return pipeline.run(std::move(*doc));
  }
};

Fixture& fx() {
  static Fixture f;
  return f;
}

const char* kDraft =
    "# Gesetz über Testanträge\n\n"
    "## § 1 Zweck\n\nDieses Gesetz regelt Testanträge.\n\n"
    "## § 2 Antrag\n\n(1) Der Antrag ist schriftlich bei der Behörde zu stellen. Er ist vom Antragsteller "
    "eigenhändig zu unterschreiben.\n\n(2) Änderungen sind schriftlich oder elektronisch mitzuteilen.\n\n"
    "## § 3 Bescheid\n\n(1) Die Behörde entscheidet durch schriftlichen Bescheid.\n\n"
    "(2) Die elektronische Form ist ausgeschlossen.\n";

// Every score a DocumentScore holds, in a fixed order, for comparing two states of one document.
std::vector<double> all_scores(const DocumentScore& d) {
  std::vector<double> v{d.score.exact};
  for (const auto& p : d.principles) v.push_back(p.exact);
  for (const auto& p : d.provisions) {
    v.push_back(p.score.exact);
    for (const auto& pp : p.principles) v.push_back(pp.exact);
  }
  return v;
}

// True when every score in `after` is <= (or >=, per `cmp`) its counterpart in `before`.
bool each(const std::vector<double>& before, const std::vector<double>& after,
          std::function<bool(double, double)> cmp) {
  REQUIRE(before.size() == after.size());
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!cmp(before[i], after[i])) return false;
  return true;
}

}  // namespace

TEST_CASE("the draft has the expected findings to work with") {
  Analysis a = fx().analyze(kDraft);
  REQUIRE(a.findings.size() == 5);
  DocumentScore d = score_document(a);
  // The title before § 1 is scored with § 1: the units are § 1 to § 3.
  CHECK(d.provisions.size() == 3);
  CHECK(d.score.inputs.provisions == 3);
  CHECK(d.score.inputs.open[static_cast<int>(Severity::error)] == 2);
  CHECK(d.score.inputs.open[static_cast<int>(Severity::warning)] == 2);
  CHECK(d.score.inputs.mitigated == 1);
  CHECK(d.open_by_principle[0] == 4);
  // § 1 clean (100), § 2 and § 3 each one error and one open warning: 100 - 40 - 15 = 45.
  CHECK(d.provisions[0].score.value == 100);
  CHECK(d.provisions[1].score.value == 45);
  CHECK(d.provisions[2].score.value == 45);
  CHECK(d.score.exact == doctest::Approx((100 + 45 + 45) / 3.0));
  CHECK(d.score.value == 63);
  CHECK(d.score.grade == 'C');
  CHECK(d.principles[0].value == 63);
  CHECK(d.principles[1].value == 100);  // no P2 findings
}

TEST_CASE("a text with no findings scores 100, grade A") {
  Analysis a = fx().analyze("# Gesetz\n\n## § 1 Zweck\n\nDer Antrag kann formlos gestellt werden.\n");
  REQUIRE(a.findings.empty());
  DocumentScore d = score_document(a);
  CHECK(d.score.value == 100);
  CHECK(d.score.grade == 'A');
  for (const auto& p : d.principles) CHECK(p.value == 100);
  CHECK(d.score.inputs.provisions == 1);
  Analysis empty;
  CHECK(score_document(empty).score.value == 100);
}

TEST_CASE("mitigating or justifying an open finding never lowers any score") {
  Analysis a = fx().analyze(kDraft);
  const std::size_t n = a.findings.size();
  // Every assignment of open/mitigated/justified to the findings (3^n states); from each, moving one open
  // finding to mitigated or justified must not lower a single score.
  std::size_t states = 1;
  for (std::size_t i = 0; i < n; ++i) states *= 3;
  std::size_t checked = 0;
  for (std::size_t s = 0; s < states; ++s) {
    std::size_t code = s;
    for (auto& f : a.findings) {
      f.status = static_cast<FindingStatus>(code % 3);
      code /= 3;
    }
    auto before = all_scores(score_document(a));
    for (auto& f : a.findings) {
      if (f.status != FindingStatus::open) continue;
      for (FindingStatus to : {FindingStatus::mitigated, FindingStatus::justified}) {
        f.status = to;
        auto after = all_scores(score_document(a));
        CHECK(each(before, after, [](double b, double x) { return x >= b; }));
        ++checked;
      }
      f.status = FindingStatus::open;
    }
  }
  CHECK(checked == 2 * n * 81);  // each finding is open in 3^(n-1) states
}

TEST_CASE("adding an open obstacle never raises any score") {
  Analysis base = fx().analyze(kDraft);
  auto before = all_scores(score_document(base));
  // In the text: one more obstacle sentence in each provision in turn (the set of provisions stays the same).
  for (const char* where : {"Dieses Gesetz regelt Testanträge.", "(2) Änderungen sind", "(1) Die Behörde"}) {
    std::string text = kDraft;
    auto pos = text.find(where);
    REQUIRE(pos != std::string::npos);
    text.insert(pos, "Die Anzeige bedarf der Schriftform. ");
    Analysis more = fx().analyze(text);
    REQUIRE(more.findings.size() == base.findings.size() + 1);
    auto after = all_scores(score_document(more));
    CHECK(each(before, after, [](double b, double x) { return x <= b; }));
    CHECK(after[0] < before[0]);  // and it does cost something
  }
  // On the analysis: duplicating any finding as open, at every severity, never raises a score, even in a
  // provision already at 0.
  Analysis a = base;
  for (int round = 0; round < 4; ++round) {
    for (std::size_t i = 0, n = a.findings.size(); i < n; ++i) {
      for (Severity sev : {Severity::info, Severity::warning, Severity::error}) {
        auto b = all_scores(score_document(a));
        Finding extra = a.findings[i];
        extra.status = FindingStatus::open;
        extra.severity = sev;
        a.findings.push_back(extra);
        auto x = all_scores(score_document(a));
        CHECK(each(b, x, [](double bb, double xx) { return xx <= bb; }));
      }
    }
  }
  CHECK(score_document(a).provisions[1].score.value == 0);
}

TEST_CASE("severity weighs: an error costs more than a warning, an info little") {
  const std::string text = "# G\n\n## § 1 A\n\nDer Antrag ist schriftlich zu stellen.\n\n## § 2 B\n\nText.\n";
  auto with = [&](Severity s) {
    Analysis a = fx().analyze(text);
    REQUIRE(a.findings.size() == 1);
    a.findings[0].severity = s;
    return score_document(a);
  };
  DocumentScore e = with(Severity::error), w = with(Severity::warning), i = with(Severity::info);
  CHECK(e.score.exact < w.score.exact);
  CHECK(w.score.exact < i.score.exact);
  CHECK(i.score.exact < 100);
  CHECK(i.score.exact >= 99);        // two provisions: an info costs one point of the document score
  CHECK(i.provisions[0].score.value >= 98);
  CHECK(e.provisions[0].score.value <= 60);
  CHECK(severity_penalty(Severity::error) > 2 * severity_penalty(Severity::warning));
}

TEST_CASE("a long statute is not punished for its length alone") {
  // The same pattern of provisions (one with a written-form requirement, three clean) repeated 1, 10 and 100
  // times: the same obstacles per provision give the same score at any length.
  auto statute = [](int repeats) {
    std::string t = "# Langes Gesetz\n\n";
    int n = 0;
    for (int r = 0; r < repeats; ++r) {
      t += "## § " + std::to_string(++n) + " Antrag\n\nDer Antrag ist schriftlich zu stellen. Er wird geprüft.\n\n";
      for (int k = 0; k < 3; ++k)
        t += "## § " + std::to_string(++n) + " Verfahren\n\nDie Behörde prüft den Antrag zügig.\n\n";
    }
    return t;
  };
  std::vector<DocumentScore> scores;
  for (int repeats : {1, 10, 100}) {
    Analysis a = fx().analyze(statute(repeats));
    REQUIRE(a.findings.size() == static_cast<std::size_t>(repeats));
    scores.push_back(score_document(a));
    CHECK(scores.back().score.inputs.provisions == static_cast<std::size_t>(4 * repeats));
  }
  for (const auto& s : scores) {
    CHECK(s.score.exact == doctest::Approx(scores[0].score.exact).epsilon(0.001));
    CHECK(s.score.grade == scores[0].score.grade);
  }
  CHECK(scores[0].score.value == 96);  // (85 + 3 * 100) / 4
}

TEST_CASE("grades follow the documented bands") {
  CHECK(grade_for(100) == 'A');
  CHECK(grade_for(90) == 'A');
  CHECK(grade_for(89) == 'B');
  CHECK(grade_for(75) == 'B');
  CHECK(grade_for(74) == 'C');
  CHECK(grade_for(60) == 'C');
  CHECK(grade_for(59) == 'D');
  CHECK(grade_for(40) == 'D');
  CHECK(grade_for(39) == 'E');
  CHECK(grade_for(0) == 'E');
  CHECK(principle_index("P3") == 2u);
  CHECK_FALSE(principle_index("P6").has_value());
}

TEST_CASE("text before the first provision is scored with it; a text without provisions is one unit") {
  Analysis a = fx().analyze("# G\n\nDer Antrag ist schriftlich zu stellen.\n\n## § 1 A\n\nText.\n\n## § 2 B\n\nText.\n");
  REQUIRE(a.findings.size() == 1);
  DocumentScore d = score_document(a);
  REQUIRE(d.provisions.size() == 2);
  CHECK(d.finding_provision[0] == 0);
  CHECK(d.provisions[0].norm == "§ 1");
  CHECK(d.provisions[0].score.value == 85);
  Analysis plain = fx().analyze("Der Antrag ist schriftlich zu stellen.\n");
  DocumentScore p = score_document(plain);
  REQUIRE(p.provisions.size() == 1);
  CHECK(provision_label(p.provisions[0]) == "Gesamttext");
  CHECK(p.score.value == 85);
  CHECK(p.score.grade == 'B');
}
