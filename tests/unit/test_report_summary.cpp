#include <doctest/doctest.h>

#include "report/summary.hpp"

using namespace digitalcheck;

namespace {
ordered_json finding(const char* rule, const char* category, const char* principle, const char* status, const char* match) {
  return ordered_json{{"rule_id", rule}, {"category", category}, {"principle", principle}, {"status", status}, {"match", match}};
}
ordered_json law(const char* path, const char* title, std::vector<ordered_json> findings, std::optional<double> score = {}) {
  ordered_json j{{"path", path}, {"title", title}};
  if (score) j["score"] = *score;
  j["findings"] = findings;
  return j;
}
}  // namespace

TEST_CASE("totals per category and principle, obstacle-free share, rankings, wordings") {
  AuditSummary s;
  REQUIRE(s.add(law("b.md", "Gesetz B",
                    {finding("SF-001", "schriftform", "P1", "open", "schriftlich zu beantragen"),
                     finding("SF-001", "schriftform", "P1", "mitigated", "Schriftlich zu beantragen"),
                     finding("US-001", "unterschrift", "P1", "open", "eigenhändig  zu unterschreiben")},
                    40.0)));
  REQUIRE(s.add(law("a.md", "Gesetz A", {finding("SF-001", "schriftform", "P1", "open", "Schriftlich zu beantragen")}, 70.0)));
  REQUIRE(s.add(law("c.md", "Gesetz C", {}, 100.0)));
  REQUIRE(s.add(ordered_json{{"path", "d.xml"}, {"error", "Datei ist leer"}}));

  CHECK(s.documents() == 3);
  CHECK(s.obstacle_free() == 1);
  CHECK(s.findings().open == 3);
  CHECK(s.findings().mitigated == 1);
  CHECK(s.categories().at("schriftform").open == 2);
  CHECK(s.categories().at("schriftform").mitigated == 1);
  CHECK(s.categories().at("unterschrift").open == 1);
  CHECK(s.principles().at("P1").open == 3);
  REQUIRE(s.errors().size() == 1);
  CHECK(s.errors()[0].path == "d.xml");

  auto top = s.top_by_open(10);
  REQUIRE(top.size() == 2);  // c.md has no open obstacle
  CHECK(top[0].path == "b.md");
  CHECK(top[1].path == "a.md");
  CHECK(s.top_by_open(1).size() == 1);

  auto low = s.lowest_scores(10);
  REQUIRE(low.size() == 3);
  CHECK(low[0].path == "b.md");
  CHECK(low[2].path == "c.md");

  auto w = s.top_wordings(10);
  REQUIRE(w.size() == 2);  // mitigated findings are not obstacles; case and spacing folded
  CHECK(w[0].first == "schriftlich zu beantragen");
  CHECK(w[0].second.count == 2);
  CHECK(w[1].first == "eigenhändig zu unterschreiben");

  auto h = s.score_histogram();
  REQUIRE(h.size() == 10);
  CHECK(h[4] == 1);
  CHECK(h[7] == 1);
  CHECK(h[9] == 1);  // 100 falls into the last bucket
}

TEST_CASE("ties rank by path, so the order does not depend on the order of records") {
  AuditSummary x, y;
  auto r1 = law("z.md", "", {finding("SF-001", "schriftform", "P1", "open", "a")});
  auto r2 = law("m.md", "", {finding("SF-001", "schriftform", "P1", "open", "b")});
  x.add(r1), x.add(r2), y.add(r2), y.add(r1);
  CHECK(render_summary_markdown(x, {}) == render_summary_markdown(y, {}));
  CHECK(x.top_by_open(5)[0].path == "m.md");
}

TEST_CASE("a score given as an object is read from its value") {
  AuditSummary s;
  auto r = law("a.md", "", {});
  r["score"] = ordered_json{{"value", 55.5}, {"grade", "x"}};
  REQUIRE(s.add(r));
  REQUIRE(s.laws()[0].score);
  CHECK(*s.laws()[0].score == doctest::Approx(55.5));
}

TEST_CASE("records that are not document records are refused") {
  AuditSummary s;
  CHECK_FALSE(s.add(ordered_json::array()));
  CHECK_FALSE(s.add(ordered_json{{"title", "x"}}));
  CHECK_FALSE(s.add(ordered_json{{"path", "a"}}));  // neither findings nor error
  CHECK(s.documents() == 0);
}

TEST_CASE("every summary format renders and escapes") {
  AuditSummary s;
  s.add(law("a<b>.md", "Gesetz \"A\" & <B>", {finding("SF-001", "schriftform", "P1", "open", "x|y, \"z\"")}, 12.0));
  for (const auto& f : summary_formats()) CHECK(render_summary(f, s, {}).ok());
  CHECK_FALSE(render_summary("pdf", s, {}).ok());
  std::string html = render_summary_html(s, {});
  CHECK(html.find("Gesetz &quot;A&quot; &amp; &lt;B&gt;") != std::string::npos);
  CHECK(html.find("<B>") == std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);
  auto count = [&](const std::string& needle) {
    std::size_t n = 0;
    for (auto p = html.find(needle); p != std::string::npos; p = html.find(needle, p + 1)) ++n;
    return n;
  };
  CHECK(count("http") == count("xmlns=\"http://www.w3.org/2000/svg\""));  // no external resources
  CHECK(count("<script") == 0);
  std::string csv = render_summary_csv(s, {});
  CHECK(csv.find("\"x|y, \"\"z\"\"\"") != std::string::npos);
  CHECK(render_summary_markdown(s, {}).find("x\\|y") != std::string::npos);
}

TEST_CASE("shares are shown with one decimal and a German comma") {
  CHECK(percent_display(1, 8) == "12,5 %");
  CHECK(percent_display(2, 3) == "66,7 %");
  CHECK(percent_display(0, 5) == "0,0 %");
  CHECK(percent_display(0, 0) == "–");
}
