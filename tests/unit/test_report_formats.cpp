// Report formats on states the CLI cannot produce yet (justified findings) and the shared escaping helpers.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "input/reader.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"
#include "report/wording.hpp"

using namespace digitalcheck;

namespace {

struct Run {
  RuleBase rules = std::move(*RuleBase::load_embedded());
  Matcher matcher{rules};
  RunResult run;
  Run() {
    Pipeline pipeline(matcher, PipelineOptions{});
    auto doc = parse_document("entwurf.md",
                              "# G\n\n## § 1 Antrag\n\n(1) Der Antrag ist schriftlich zu stellen.\n\n"
                              "(2) Er ist eigenhändig zu unterschreiben.\n",
                              InputFormat::markdown);
    REQUIRE(doc.ok());
    run.analyses.push_back(pipeline.run(std::move(*doc)));
    run.rules = &rules;
    REQUIRE(run.analyses[0].findings.size() == 2);
    Finding& f = run.analyses[0].findings[1];  // US-001
    f.status = FindingStatus::justified;
    f.justification = "Die Unterschrift ist nach <EU-Recht> & Art. 5 zwingend.";
  }
  std::string render(const std::string& format) {
    auto r = digitalcheck::render(format, run, ReportOptions{});
    REQUIRE(r.ok());
    return *r;
  }
};

}  // namespace

TEST_CASE("a justified finding shows its recorded reason instead of the placeholder") {
  Run r;
  std::string doku = r.render("dokumentation");
  CHECK(doku.find("**Begründung (erfasst):** Die Unterschrift ist nach &lt;EU-Recht&gt; &amp; Art. 5 zwingend.") !=
        std::string::npos);
  // One placeholder for the open written-form finding, none for the justified signature.
  auto p1 = doku.substr(doku.find("## 1."), doku.find("## 2.") - doku.find("## 1."));
  std::size_t placeholders = 0;
  for (auto pos = p1.find("_[Begründung ergänzen:"); pos != std::string::npos; pos = p1.find("_[Begründung ergänzen:", pos + 1))
    ++placeholders;
  CHECK(placeholders == 1);

  std::string md = r.render("markdown");
  CHECK(md.find("*begründet*: Die Unterschrift ist nach &lt;EU-Recht&gt; &amp; Art. 5 zwingend.") != std::string::npos);

  auto sarif = nlohmann::json::parse(r.render("sarif"));
  auto& results = sarif["runs"][0]["results"];
  REQUIRE(results.size() == 2);
  CHECK(results[0].count("suppressions") == 0);
  CHECK(results[1]["suppressions"][0]["kind"] == "external");
  CHECK(results[1]["suppressions"][0]["justification"] == "Die Unterschrift ist nach <EU-Recht> & Art. 5 zwingend.");

  std::string html = r.render("html");
  CHECK(html.find("<strong>Begründung:</strong> Die Unterschrift ist nach &lt;EU-Recht&gt; &amp; Art. 5 zwingend.") !=
        std::string::npos);
  CHECK(html.find("class=\"hl settled\"") != std::string::npos);

  auto json = nlohmann::json::parse(r.render("json"));
  CHECK(json["documents"][0]["score"]["justified"] == 1);
  CHECK(json["documents"][0]["score"]["value"] == 85);  // only the open warning costs
}

TEST_CASE("every format renders, an unknown one is an error") {
  Run r;
  for (const auto& f : report_formats()) CHECK_FALSE(r.render(f).empty());
  CHECK_FALSE(render("pdf", r.run, ReportOptions{}).ok());
}

TEST_CASE("escaping helpers") {
  CHECK(escape_xml("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(escape_xml(std::string("a\x01" "b\tc\n", 6)) == "ab\tc\n");  // XML-forbidden control characters dropped
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  // Texts a spreadsheet would run as formulas are defused with a leading apostrophe.
  CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_field("+1") == "'+1");
  CHECK(csv_field("-2,5") == "\"'-2,5\"");
  CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_field("a=b") == "a=b");  // only a leading sign counts
  CHECK(csv_field("") == "");
  CHECK(escape_markdown("a|b *c* <x> [l](u)\nz") == "a\\|b \\*c\\* &lt;x&gt; \\[l\\](u) z");
  CHECK(score_bar(63, 20) == "█████████████░░░░░░░");
  CHECK(score_bar(0, 4) == "░░░░");
  CHECK(score_bar(100, 4) == "████");
}

TEST_CASE("terminal text cannot carry escape sequences from the input") {
  CHECK(terminal_safe("a\x1b[31mb\tc\n") == "a\xEF\xBF\xBD[31mb\tc\n");
  CHECK(terminal_safe("x\xC2\x9By") == "x\xEF\xBF\xBDy");  // C1 CSI
  CHECK(terminal_safe("Größe § 5") == "Größe § 5");
  RuleBase rules = std::move(*RuleBase::load_embedded());
  Matcher matcher(rules);
  Pipeline pipeline(matcher, PipelineOptions{});
  // The reader refuses control characters in the text; a file name can still hold them.
  auto doc = parse_document("e\x1b]0;title\x07.txt", "Der Antrag ist schriftlich zu stellen.\n", InputFormat::text);
  REQUIRE(doc.ok());
  RunResult run;
  run.analyses.push_back(pipeline.run(std::move(*doc)));
  REQUIRE(run.analyses[0].findings.size() == 1);
  std::string text = render_text(run, ReportOptions{});
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find('\x07') == std::string::npos);
}
