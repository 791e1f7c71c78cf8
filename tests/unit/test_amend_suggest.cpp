// --suggest-amendments: fixes with inflection, Änderungsbefehle in Handbuch style, and the round trip
// (the suggested instructions, read back by our own reader and parser and applied, give the amended text).
#include <doctest/doctest.h>

#include "amend/apply.hpp"
#include "amend/fix.hpp"
#include "amend/parse.hpp"
#include "amend/suggest.hpp"
#include "input/reader.hpp"
#include "amend_rules.hpp"
#include "match/rule_base.hpp"
#include "pipeline/analyzer.hpp"
#include "report/report.hpp"

using namespace digitalcheck;

namespace {

Document doc_of(const std::string& text, InputFormat f = InputFormat::markdown) {
  auto d = parse_document("gesetz.md", text, f);
  REQUIRE(d.ok());
  return std::move(*d);
}

const char* kLaw =
    "# Gesetz über die Förderung von Dorfläden (Dorfladengesetz – DorfLG)\n\n"
    "## § 1 Antrag\n\n"
    "(1) Die Förderung ist schriftlich zu beantragen. Der schriftliche Antrag ist bei der Gemeinde einzureichen.\n\n"
    "(2) Die Gemeinde leitet den Antrag weiter.\n\n"
    "## § 2 Bescheid\n\n"
    "Die Entscheidung ergeht auf Grund eines schriftlichen Antrags durch schriftlichen Bescheid. "
    "Die Prüfung wird schriftlich abgelegt.\n\n"
    "## § 3 Form\n\n"
    "Die Kündigung bedarf der Schriftform.\n";

}  // namespace

TEST_CASE("fix templates keep the inflection") {
  const Rule* sf = amend_rules().find("SF-001");
  REQUIRE(sf);
  auto check = [&](const char* text, const char* old_words, const char* new_words) {
    auto e = find_fix(*sf, text);
    REQUIRE(e);
    CHECK(e->old_words == old_words);
    CHECK(e->new_words == new_words);
  };
  check("der schriftliche Antrag", "schriftliche", "schriftliche oder elektronische");
  check("eines schriftlichen Antrags", "schriftlichen", "schriftlichen oder elektronischen");
  check("ist schriftlich zu stellen", "schriftlich", "schriftlich oder elektronisch");
  check("Schriftlich ist zu beantragen", "Schriftlich", "Schriftlich oder elektronisch");
  CHECK_FALSE(find_fix(*sf, "bedarf der Schriftform"));  // no safe fix
  const Rule* us = amend_rules().find("US-001");
  REQUIRE(us);
  CHECK(us->fixes.empty());
}

TEST_CASE("suggested instructions: Handbuch style, grouped per norm, unique words") {
  Matcher matcher(amend_rules());
  Analyzer analyzer(matcher);
  std::vector<Analysis> analyses;
  analyses.push_back(analyzer.analyze(doc_of(kLaw)));
  auto laws = suggest_amendments(analyses);
  REQUIRE(laws.size() == 1);
  CHECK(laws[0].law == "Dorfladengesetz");
  CHECK(laws[0].findings_without_fix == 1);  // "bedarf der Schriftform"
  REQUIRE(laws[0].changes.size() == 3);
  CHECK(instruction_sentence(laws[0].changes[0], false) ==
        "In § 1 Absatz 1 Satz 1 wird das Wort „schriftlich“ durch die Wörter „schriftlich oder elektronisch“ ersetzt.");
  CHECK(instruction_sentence(laws[0].changes[1], false) ==
        "In § 1 Absatz 1 Satz 2 wird das Wort „schriftliche“ durch die Wörter „schriftliche oder elektronische“ ersetzt.");
  // § 2 Satz 1 holds "schriftlichen" twice, both findings: "jeweils"; Satz 2 is an exam and keeps "schriftlich".
  CHECK(instruction_sentence(laws[0].changes[2], false) ==
        "In § 2 Satz 1 wird das Wort „schriftlichen“ jeweils durch die Wörter „schriftlichen oder elektronischen“ "
        "ersetzt.");
  std::string text = render_suggestions(laws, false);
  CHECK(text.find("Artikel 1\nÄnderung des Dorfladengesetzes\n\nDas Dorfladengesetz wird wie folgt geändert:") !=
        std::string::npos);
  CHECK(text.find("1. § 1 wird wie folgt geändert:\n\na) In Absatz 1 Satz 1 wird das Wort") != std::string::npos);
  std::string md = render_suggestions(laws, true);
  CHECK(md.find("## Artikel 1 Änderung des Dorfladengesetzes") != std::string::npos);
}

TEST_CASE("round trip: suggestions read back and applied give the amended law") {
  Matcher matcher(amend_rules());
  Analyzer analyzer(matcher);
  for (bool markdown : {false, true}) {
    CAPTURE(markdown);
    std::vector<Analysis> analyses;
    analyses.push_back(analyzer.analyze(doc_of(kLaw)));
    std::string suggestions = render_suggestions(suggest_amendments(analyses), markdown);
    // Read the suggestions as an amending law with our own reader and instruction parser.
    Analysis amending = analyzer.analyze(doc_of(suggestions, markdown ? InputFormat::markdown : InputFormat::text));
    REQUIRE(amending.amendments.set.instructions.size() == 3);
    CHECK(amending.amendments.set.instructions[2].every);
    CHECK(amending.findings.empty());  // the quoted "schriftlich" are no findings
    REQUIRE(amending.amendments.effect.size() == 1);
    CHECK(amending.amendments.effect[0].mitigated == 3);
    CHECK(amending.amendments.set.laws == std::vector<std::string>{"Dorfladengesetz"});

    Segmenter seg;
    LocatedText original(analyses[0].document, analyses[0].structure, seg);
    auto amended = apply_instructions(original, amending.amendments.set.instructions);
    REQUIRE_MESSAGE(amended.ok(), amended.error().message);
    CHECK(*amended ==
          "# Gesetz über die Förderung von Dorfläden (Dorfladengesetz – DorfLG)\n\n"
          "## § 1 Antrag\n\n"
          "(1) Die Förderung ist schriftlich oder elektronisch zu beantragen. Der schriftliche oder elektronische "
          "Antrag ist bei der Gemeinde einzureichen.\n\n"
          "(2) Die Gemeinde leitet den Antrag weiter.\n\n"
          "## § 2 Bescheid\n\n"
          "Die Entscheidung ergeht auf Grund eines schriftlichen oder elektronischen Antrags durch schriftlichen "
          "oder elektronischen Bescheid. Die Prüfung wird schriftlich abgelegt.\n\n"
          "## § 3 Form\n\n"
          "Die Kündigung bedarf der Schriftform.\n");
    // The amended law has no open written-form finding left that a fix could address.
    Analysis after = analyzer.analyze(doc_of(*amended));
    for (const auto& f : after.findings)
      if (f.status == FindingStatus::open) CHECK(f.match == "bedarf der Schriftform");
  }
}

TEST_CASE("applying: ambiguous or missing words are errors naming the instruction") {
  Matcher matcher(amend_rules());
  Analyzer analyzer(matcher);
  Analysis law = analyzer.analyze(doc_of(kLaw));
  Analysis amending = analyzer.analyze(doc_of(
      "Das Dorfladengesetz wird wie folgt geändert:\n\n"
      "1. In § 2 Satz 1 wird das Wort „schriftlichen“ durch das Wort „elektronischen“ ersetzt.\n\n"
      "2. In § 1 Absatz 2 wird das Wort „Bescheid“ durch das Wort „Entscheid“ ersetzt.\n"));
  REQUIRE(amending.amendments.set.instructions.size() == 2);
  Segmenter seg;
  LocatedText original(law.document, law.structure, seg);
  auto r1 = apply_instructions(original, {amending.amendments.set.instructions[0]});
  REQUIRE_FALSE(r1.ok());
  CHECK(r1.error().message.find("mehrfach") != std::string::npos);
  auto r2 = apply_instructions(original, {amending.amendments.set.instructions[1]});
  REQUIRE_FALSE(r2.ok());
  CHECK(r2.error().message.find("nicht vor") != std::string::npos);
}
