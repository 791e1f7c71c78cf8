// Reading Änderungsbefehle from plain text and Markdown; masking of quoted words; net effect.
#include <doctest/doctest.h>

#include "amend/parse.hpp"
#include "input/reader.hpp"
#include "amend_rules.hpp"
#include "match/rule_base.hpp"
#include "pipeline/analyzer.hpp"

using namespace digitalcheck;

namespace {

Document text_doc(const std::string& text, InputFormat f = InputFormat::text) {
  auto d = parse_document("entwurf.txt", text, f);
  REQUIRE(d.ok());
  return std::move(*d);
}

InstructionSet instructions_of(const std::string& text) {
  Document doc = text_doc(text);
  std::vector<NormalizedText> views;
  for (const auto& b : doc.blocks) views.push_back(normalize(b.text));
  return parse_instructions(doc, views);
}

}  // namespace

TEST_CASE("citations: spelled out and abbreviated, refined by inherited context") {
  TargetRef t = parse_target("In § 5 Abs. 2 Satz 1 Nr. 3 Buchst. a wird");
  CHECK(t.display() == "§ 5 Absatz 2 Satz 1 Nummer 3 Buchstabe a");
  TargetRef inherited = parse_target("§ 5 Absatz 2");
  CHECK(inherited.refined_by(parse_target("In Satz 3 wird")).display() == "§ 5 Absatz 2 Satz 3");
  CHECK(inherited.refined_by(parse_target("In Absatz 4 wird")).display() == "§ 5 Absatz 4");
  CHECK(inherited.refined_by(parse_target("In § 7 wird")).display() == "§ 7");
  CHECK(parse_target("Die Wörter werden gestrichen").empty());
  // Words after the phrase do not continue it.
  CHECK(parse_target("In § 5 Absatz 1 werden nach Satz 2").display() == "§ 5 Absatz 1");
}

TEST_CASE("instruction types: replace, insert, append, strike, repeal, new version") {
  InstructionSet s = instructions_of(
      "Artikel 1\n\n"
      "Das Musterverwaltungsgesetz vom 3. Mai 2019 (GVBl. S. 12), das zuletzt durch Artikel 2 des Gesetzes vom 1. Juni "
      "2021 geändert worden ist, wird wie folgt geändert:\n\n"
      "1. In § 5 Absatz 2 Satz 1 wird das Wort „schriftlich“ durch die Wörter „schriftlich oder elektronisch“ ersetzt.\n\n"
      "2. In § 6 werden nach dem Wort „Antrag“ die Wörter „in Textform“ eingefügt.\n\n"
      "3. In § 7 Absatz 1 werden die Wörter „unter Vorlage des Originals“ gestrichen.\n\n"
      "4. § 8 Absatz 3 wird aufgehoben.\n\n"
      "5. § 9 wird wie folgt gefasst:\n\n„§ 9\nZuständigkeit\n\n(1) Zuständig ist die Kreisverwaltungsbehörde.“\n\n"
      "6. Dem § 10 Absatz 1 wird folgender Satz angefügt: „Der Antrag kann elektronisch gestellt werden.“\n");
  REQUIRE(s.instructions.size() == 6);
  CHECK(s.laws == std::vector<std::string>{"Musterverwaltungsgesetz"});
  const auto& r = s.instructions[0];
  CHECK(r.kind == InstructionKind::replace);
  CHECK(r.law == "Musterverwaltungsgesetz");
  CHECK(r.article == "Artikel 1");
  CHECK(r.place == "Artikel 1 Nummer 1");
  CHECK(r.target.display() == "§ 5 Absatz 2 Satz 1");
  CHECK(r.old_text == "schriftlich");
  CHECK(r.new_text == "schriftlich oder elektronisch");
  CHECK(s.instructions[1].kind == InstructionKind::insert);
  CHECK(s.instructions[1].anchor == "Antrag");
  CHECK(s.instructions[1].new_text == "in Textform");
  CHECK_FALSE(s.instructions[1].anchor_before);
  CHECK(s.instructions[2].kind == InstructionKind::strike);
  CHECK(s.instructions[2].old_text == "unter Vorlage des Originals");
  CHECK(s.instructions[3].kind == InstructionKind::repeal);
  CHECK(s.instructions[3].target.display() == "§ 8 Absatz 3");
  CHECK(s.instructions[4].kind == InstructionKind::new_version);
  CHECK(s.instructions[4].target.display() == "§ 9");
  // The new text runs over three blocks of the plain text.
  CHECK(s.instructions[4].new_text.find("Zuständig ist die Kreisverwaltungsbehörde.") != std::string::npos);
  CHECK(s.instructions[4].structural);
  CHECK(s.instructions[5].kind == InstructionKind::append);
  CHECK(s.instructions[5].unit == "Satz");
  CHECK(s.instructions[5].target.display() == "§ 10 Absatz 1");
  CHECK(s.instructions[5].new_text == "Der Antrag kann elektronisch gestellt werden.");
}

TEST_CASE("nested numbering hands its target down; several instructions in one sentence") {
  InstructionSet s = instructions_of(
      "Artikel 3 Änderung der Musterordnung\n\n"
      "Die Musterordnung vom 2. Februar 2018 wird wie folgt geändert:\n\n"
      "1. § 5 wird wie folgt geändert:\n"
      "a) Absatz 2 wird wie folgt geändert:\n"
      "aa) In Satz 1 wird das Wort \"schriftlich\" jeweils durch die Wörter \"schriftlich oder elektronisch\" ersetzt "
      "und werden vor dem Wort \"Bescheid\" die Wörter \"elektronischen oder schriftlichen\" eingefügt.\n"
      "bb) Satz 3 wird aufgehoben.\n"
      "b) In Absatz 4 wird die Angabe „§ 3 Abs. 1“ durch die Angabe „§ 3 Absatz 2“ ersetzt.\n"
      "2. In § 6 werden die Wörter „per Post“ und „durch Einschreiben“ gestrichen.\n");
  REQUIRE(s.instructions.size() == 6);
  CHECK(s.instructions[0].law == "Musterordnung");
  CHECK(s.instructions[0].target.display() == "§ 5 Absatz 2 Satz 1");
  CHECK(s.instructions[0].every);
  CHECK(s.instructions[0].place == "Artikel 3 Nummer 1 Buchstabe a Doppelbuchstabe aa");
  CHECK(s.instructions[1].kind == InstructionKind::insert);
  CHECK(s.instructions[1].target.display() == "§ 5 Absatz 2 Satz 1");  // from the first clause
  CHECK(s.instructions[1].anchor_before);
  CHECK(s.instructions[1].anchor == "Bescheid");
  CHECK(s.instructions[2].kind == InstructionKind::repeal);
  CHECK(s.instructions[2].target.display() == "§ 5 Absatz 2 Satz 3");
  CHECK(s.instructions[3].target.display() == "§ 5 Absatz 4");
  CHECK(s.instructions[3].old_text == "§ 3 Abs. 1");
  CHECK(s.instructions[4].target.display() == "§ 6");
  CHECK(s.instructions[4].old_text == "per Post");
  CHECK(s.instructions[5].old_text == "durch Einschreiben");
}

TEST_CASE("ordinary law text with quotes is no instruction") {
  InstructionSet s = instructions_of(
      "§ 1 Begriffe\n\n(1) „Antrag“ im Sinne dieses Gesetzes ist jede Erklärung.\n\n"
      "(2) Der Bescheid wird aufgehoben, wenn die Voraussetzungen entfallen.\n");
  CHECK(s.instructions.empty());
  CHECK(s.quoted.empty());
}

TEST_CASE("quoted words are never matched as operative text; their effect is recorded") {
  Matcher matcher(amend_rules());
  Analyzer analyzer(matcher);
  Analysis a = analyzer.analyze(text_doc(
      "Artikel 1\n\nDas Mustergesetz wird wie folgt geändert:\n\n"
      "1. In § 2 Absatz 1 werden die Wörter „ist schriftlich zu beantragen“ durch die Wörter „ist schriftlich oder "
      "elektronisch zu beantragen“ ersetzt.\n\n"
      "2. In § 3 wird das Wort „schriftlichen“ gestrichen.\n\n"
      "3. Dem § 4 wird folgender Satz angefügt: „Die Erklärung ist eigenhändig zu unterschreiben.“\n\n"
      "Artikel 2\n\nDer Antrag auf Erstattung ist schriftlich zu stellen.\n"));
  // Operative text of the amending law itself (Artikel 2) is still checked.
  int operative = 0, introduced = 0;
  for (const auto& f : a.findings) {
    if (f.instruction < 0) {
      ++operative;
      CHECK(f.rule->id == "SF-001");
      CHECK(f.match == "schriftlich zu stellen");
    } else {
      ++introduced;
      CHECK(f.rule->id == "US-001");
      CHECK(f.match == "eigenhändig zu unterschreiben");
      CHECK(f.status == FindingStatus::open);
      CHECK(a.document.source.substr(f.byte_offset, f.byte_length) == "eigenhändig zu unterschreiben");
    }
  }
  CHECK(operative == 1);
  CHECK(introduced == 1);
  REQUIRE(a.amendments.effect.size() == 2);
  CHECK(a.amendments.effect[0].category == "schriftform");
  CHECK(a.amendments.effect[0].mitigated == 1);
  CHECK(a.amendments.effect[0].removed == 1);
  CHECK(a.amendments.effect[1].category == "unterschrift");
  CHECK(a.amendments.effect[1].introduced == 1);
  CHECK(a.amendments.net() == -1);
}

TEST_CASE("word-level quotes are judged by the rules' fix words, with the anchor of an insertion") {
  Matcher matcher(amend_rules());
  Analyzer analyzer(matcher);
  Analysis a = analyzer.analyze(text_doc(
      "Das Mustergesetz wird wie folgt geändert:\n\n"
      "1. In § 2 werden nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.\n\n"
      "2. In § 3 wird das Wort „elektronisch“ durch das Wort „schriftlich“ ersetzt.\n\n"
      "3. In § 4 werden die Wörter „schriftliche Prüfung“ durch die Wörter „mündliche Prüfung“ ersetzt.\n"));
  REQUIRE(a.amendments.set.instructions.size() == 3);
  REQUIRE(a.amendments.changes.size() == 2);
  CHECK(a.amendments.changes[0].kind == ChangeKind::mitigated);
  CHECK(a.amendments.changes[0].instruction == 0);
  CHECK(a.amendments.changes[1].kind == ChangeKind::introduced);
  CHECK(a.amendments.changes[1].instruction == 1);
  // The exam sense of "schriftlich" is no obstacle on either side.
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].instruction == 1);
}
