#include <doctest/doctest.h>

#include "pipeline/fingerprint.hpp"

using namespace digitalcheck;

TEST_CASE("fingerprint_text keeps the words and drops numbers, labels, punctuation and markup") {
  CHECK(fingerprint_text("(2) Der Antrag nach § 4 Abs. 1 ist **schriftlich** zu stellen.") ==
        "der antrag nach abs ist schriftlich zu stellen");
  CHECK(fingerprint_text("a) Der Antrag ist „schriftlich“ zu stellen.") == fingerprint_text("Der Antrag ist \"schriftlich\" zu stellen."));
  CHECK(fingerprint_text("3. Die Anzeige ist schriftlich zu erstatten.") == "die anzeige ist schriftlich zu erstatten");
  CHECK(fingerprint_text("ÜBER DIE Prüfung") == "über die prüfung");
}

TEST_CASE("fingerprint_base survives renumbering of the provision and of references") {
  auto a = fingerprint_base("SF-001", "schriftlich zu stellen", "(2) Der Antrag nach § 4 ist schriftlich zu stellen.");
  auto b = fingerprint_base("SF-001", "schriftlich zu stellen", "(3) Der Antrag nach § 5a ist schriftlich zu stellen.");
  CHECK(a == b);
  CHECK(a.size() == 16);
  CHECK(a != fingerprint_base("SF-002", "schriftlich zu stellen", "(2) Der Antrag nach § 4 ist schriftlich zu stellen."));
  CHECK(a != fingerprint_base("SF-001", "schriftlich zu stellen", "(2) Die Anzeige nach § 4 ist schriftlich zu stellen."));
}
