#include <doctest/doctest.h>

#include "structure/citation.hpp"

using namespace digitalcheck;

TEST_CASE("parse_citation reads abbreviated and spelled-out citations") {
  auto c = parse_citation("§ 5 Abs. 2 Satz 1 Nr. 3 Buchst. a");
  REQUIRE(c);
  CHECK(c->norm == "§ 5");
  CHECK(c->absatz == "2");
  CHECK(c->satz == 1);
  CHECK(c->nummer == "3");
  CHECK(c->buchstabe == "a");
  CHECK(c->display() == "§ 5 Abs. 2 Satz 1 Nr. 3 Buchst. a");

  auto d = parse_citation("§ 5 Absatz 2 Satz 1 Nummer 3 Buchstabe a Doppelbuchstabe bb");
  REQUIRE(d);
  CHECK(d->doppelbuchstabe == "bb");
  CHECK(d->display() == "§ 5 Abs. 2 Satz 1 Nr. 3 Buchst. a Doppelbuchst. bb");

  auto art = parse_citation("Artikel 1 Nummer 4");
  REQUIRE(art);
  CHECK(art->norm == "Artikel 1");
  CHECK(art->nummer == "4");
  CHECK(parse_citation("§ 3a")->norm == "§ 3a");
  CHECK(parse_citation("Anlage 2"));
}

TEST_CASE("parse_citation refuses what is no citation") {
  for (const char* s : {"", "Abs. 2", "0123456789abcdef", "§ 5 Abs.", "§ 5 Satz 1 Abs. 2", "§ 5 Buchst. 3", "§ 5 Nr. a",
                        "§ 5 Absatz 2 und mehr"})
    CHECK_MESSAGE(!parse_citation(s), s);
}

TEST_CASE("covers: a citation covers everything inside it") {
  auto outer = *parse_citation("§ 5 Abs. 2");
  CHECK(outer.covers(*parse_citation("§ 5 Abs. 2")));
  CHECK(outer.covers(*parse_citation("§ 5 Abs. 2 Satz 1")));
  CHECK(outer.covers(*parse_citation("§ 5 Abs. 2 Satz 3 Nr. 1 Buchst. b")));
  CHECK_FALSE(outer.covers(*parse_citation("§ 5 Abs. 3 Satz 1")));
  CHECK_FALSE(outer.covers(*parse_citation("§ 5")));
  CHECK_FALSE(outer.covers(*parse_citation("§ 50 Abs. 2")));
  CHECK_FALSE(outer.covers(*parse_citation("§ 5a Abs. 2")));
  CHECK(parse_citation("§ 5")->covers(*parse_citation("§ 5 Abs. 7 Satz 2")));
  // Spellings of the same norm compare equal.
  Citation from_text;
  from_text.norm = "§5";
  from_text.absatz = "2";
  from_text.satz = 1;
  CHECK(outer.covers(from_text));
  CHECK(parse_citation("Art. 3")->covers(*parse_citation("Artikel 3 Nummer 2")));
}

TEST_CASE("norm_key unifies spellings") {
  CHECK(norm_key("§ 5a") == norm_key("§5a"));
  CHECK(norm_key("§§ 5") == norm_key("§ 5"));
  CHECK(norm_key("Artikel 3") == norm_key("Art. 3"));
  CHECK(norm_key("Art 3") == norm_key("Art. 3"));
  CHECK(norm_key("§ 5") != norm_key("Art. 5"));
}
