// Scoring of the rule base against labels, and the label formats (src/eval/).
#include <doctest/doctest.h>

#include "eval/labels.hpp"
#include "eval/scoreboard.hpp"

using namespace digitalcheck;

TEST_CASE("label lists: categories, statuses, none") {
  auto l = parse_label_list("schriftform, post:mitigated", "f", 1);
  REQUIRE(l.ok());
  CHECK(l->size() == 2);
  CHECK(l->at("schriftform") == "open");
  CHECK(l->at("post") == "mitigated");
  auto none = parse_label_list(" - ", "f", 1);
  REQUIRE(none.ok());
  CHECK(none->empty());
  CHECK(labels_text(*l) == "post:mitigated, schriftform");
  CHECK(labels_text(*none) == "-");
}

TEST_CASE("label lists: unknown category, bad status, duplicates and empty labels are errors with the line") {
  auto bad = parse_label_list("schrifform", "x.txt", 7);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().line == 7);
  CHECK(bad.error().message.find("schrifform") != std::string::npos);
  CHECK_FALSE(parse_label_list("post:maybe", "x", 1).ok());
  CHECK_FALSE(parse_label_list("post, post", "x", 1).ok());
  CHECK_FALSE(parse_label_list("", "x", 1).ok());
}

TEST_CASE("own corpus: documents, provisions, sentences") {
  auto docs = parse_own_corpus("own.txt",
                               "// Kommentar\n= Prüfungsordnung\n§ 3 Antrag\nschriftform | Der Antrag ist schriftlich zu stellen.\n"
                               "- | Die schriftliche Prüfung dauert vier Stunden.\n\n= Zweites Gesetz\npost | Per Post.\n");
  REQUIRE(docs.ok());
  REQUIRE(docs->size() == 2);
  CHECK((*docs)[0].title == "Prüfungsordnung");
  REQUIRE((*docs)[0].provisions.size() == 1);
  CHECK((*docs)[0].provisions[0].norm_and_heading == "§ 3 Antrag");
  REQUIRE((*docs)[0].provisions[0].sentences.size() == 2);
  CHECK((*docs)[0].provisions[0].sentences[1].expected.empty());
  CHECK((*docs)[0].provisions[0].sentences[1].line == 5);
  CHECK((*docs)[1].provisions[0].sentences[0].expected.count("post") == 1);
  auto bad = parse_own_corpus("own.txt", "= T\nDer Satz ohne Label.\n");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().line == 2);
}

TEST_CASE("real labels: columns, sentence number, errors") {
  auto ok = parse_real_labels("l.tsv", "# Kopf\nsachsen/a.md\t§ 5\t3\tabcdef012345\tschriftform\tNotiz\n");
  REQUIRE(ok.ok());
  REQUIRE(ok->size() == 1);
  CHECK((*ok)[0].norm == "§ 5");
  CHECK((*ok)[0].satz == 3);
  CHECK((*ok)[0].note == "Notiz");
  CHECK((*ok)[0].line == 2);
  auto cols = parse_real_labels("l.tsv", "sachsen/a.md § 5 3 abc schriftform\n");
  REQUIRE_FALSE(cols.ok());
  CHECK(cols.error().line == 1);
  CHECK_FALSE(parse_real_labels("l.tsv", "a.md\t§ 5\tdrei\tabc\t-\n").ok());
  CHECK_FALSE(parse_real_labels("l.tsv", "a.md\t§ 5\t0\tabc\t-\n").ok());
}

TEST_CASE("scoreboard: open precision and recall, status share of found sentences") {
  Scoreboard b;
  b.add({{"schriftform", "open"}}, {{"schriftform", "open"}});            // open TP
  b.add({{"schriftform", "open"}}, {});                                   // open FN
  b.add({}, {{"schriftform", "open"}});                                   // open FP
  b.add({{"schriftform", "mitigated"}}, {{"schriftform", "mitigated"}});  // found, status right, not open
  b.add({{"schriftform", "mitigated"}}, {{"schriftform", "open"}});       // found, status wrong, open FP
  b.add({}, {});                                                          // nothing either way
  const CategoryCounts& k = b.categories().at("schriftform");
  CHECK(k.open_tp == 1);
  CHECK(k.open_fp == 2);
  CHECK(k.open_fn == 1);
  CHECK(*k.precision() == doctest::Approx(1.0 / 3));
  CHECK(*k.recall() == doctest::Approx(0.5));
  CHECK(k.found_tp == 3);
  CHECK(*k.status_share() == doctest::Approx(2.0 / 3));
  CHECK(b.sentences() == 6);
  CHECK(b.total().open_tp == 1);
}

TEST_CASE("scoreboard: no predictions means no precision figure, not a perfect one") {
  Scoreboard b;
  b.add({{"post", "open"}}, {});
  CHECK_FALSE(b.total().precision().has_value());
  CHECK(*b.total().recall() == doctest::Approx(0.0));
}
