#include <doctest/doctest.h>

#include "input/reader.hpp"

using namespace digitalcheck;

TEST_CASE("LegalDocML.de: blocks, eIds, list levels and amendment quotes") {
  auto d = read_document(std::string(DIGITALCHECK_SOURCE_DIR) + "/tests/fixtures/legaldocml-beispiel.xml");
  REQUIRE_MESSAGE(d.ok(), (d.ok() ? "" : d.error().to_string()));
  CHECK(d->format == InputFormat::legaldocml);
  CHECK(d->title == "Gesetz zur Erprobung von Zitaten");
  std::vector<std::string> texts;
  for (const auto& b : d->blocks) texts.push_back(b.text);
  REQUIRE(texts.size() == 12);
  CHECK(texts[0] == "Abschnitt 1 Verfahren");
  CHECK(d->blocks[0].kind == BlockKind::heading);
  CHECK(d->blocks[0].hint.norm.empty());
  CHECK(texts[1] == "§ 1 Antrag");
  CHECK(d->blocks[1].hint.norm == "§ 1");
  CHECK(d->blocks[1].hint.eid == "art-z1");
  CHECK(texts[2].rfind("(1) Das Verfahren beginnt", 0) == 0);
  CHECK(d->blocks[2].hint.eid == "art-z1_abs-z1_inhalt-n1_text-n1");
  CHECK(texts[3] == "(2) Dem Antrag sind beizufügen");
  CHECK(texts[4] == "1. ein Nachweis der Identität und");
  CHECK(d->blocks[4].hint.list_level == 1);
  CHECK(texts[6] == "Artikel 2 Änderung des Beispielgesetzes");
  CHECK(texts[7] == "Das Beispielgesetz wird wie folgt geändert:");
  // The instruction keeps its quoted words and lists them.
  CHECK(texts[8] == "1. In § 3 wird das Wort „persönlich“ gestrichen.");
  REQUIRE(d->blocks[8].hint.quotes.size() == 1);
  const auto& q = d->blocks[8].hint.quotes[0];
  CHECK(texts[8].substr(q.begin, q.end - q.begin) == "„persönlich“");
  CHECK(q.eid == "art-z2_abs-z_inhalt-n1_liste-n1_listenelem-n1_text-n1_ändbefehl-n1_quottext-n1");
  CHECK_FALSE(d->blocks[8].hint.quoted);
  // The quoted structure gives blocks of its own, marked as quoted, with the mod's eId.
  CHECK(texts[9] == "2. § 4 wird wie folgt gefasst:");
  CHECK_FALSE(d->blocks[9].hint.quoted);
  CHECK(texts[10] == "§ 4 Bescheid");
  CHECK(texts[11] == "(1) Der Bescheid wird schriftlich erteilt.");
  for (int i : {10, 11}) {
    CHECK(d->blocks[i].hint.quoted);
    CHECK(d->blocks[i].hint.quoted_eid == "art-z2_abs-z_inhalt-n1_liste-n1_listenelem-n2_text-n1_ändbefehl-n1");
    CHECK(d->blocks[i].kind == BlockKind::paragraph);
  }
}

TEST_CASE("LegalDocML.de: forcing another XML format on it is an error") {
  auto d = read_document(std::string(DIGITALCHECK_SOURCE_DIR) + "/tests/fixtures/legaldocml-beispiel.xml", InputFormat::gii);
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().message.find("LegalDocML.de") != std::string::npos);
}
