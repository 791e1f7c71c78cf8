#include <doctest/doctest.h>

#include "text/normalize.hpp"

using namespace digitalcheck;

TEST_CASE("whitespace runs and line breaks fold to one space, offsets map back") {
  std::string in = "Der  Antrag\r\n  ist\tzu stellen.";
  auto v = normalize(in);
  CHECK(v.text == "Der Antrag ist zu stellen.");
  auto pos = v.text.find("ist");
  CHECK(in.substr(v.block_begin(pos), v.block_end(pos + 3) - v.block_begin(pos)) == "ist");
}

TEST_CASE("hyphenation across a line break is joined") {
  std::string in = "Der Antrag-\nsteller unterschreibt.";
  auto v = normalize(in);
  CHECK(v.text == "Der Antragsteller unterschreibt.");
  auto pos = v.text.find("Antragsteller");
  CHECK(in.substr(v.block_begin(pos), v.block_end(pos + 13) - v.block_begin(pos)) == "Antrag-\nsteller");
}

TEST_CASE("a hyphen before an upper-case word stays (Schul- und)") {
  auto v = normalize("Lehr-\nUnd Lernmittel");
  CHECK(v.text == "Lehr- Und Lernmittel");
}

TEST_CASE("decomposed umlauts are composed to NFC and map to their source bytes") {
  std::string in = "Pru\xcc\x88" "fung";  // u + combining diaeresis
  auto v = normalize(in);
  CHECK(v.text == "Pr\xc3\xbc" "fung");
  CHECK(v.block_begin(2) == 2);
  CHECK(v.block_end(4) == 5);  // ü spans "u" + U+0308 (3 bytes)
}

namespace {
// The block bytes a view range came from.
std::string source_of(const std::string& in, const NormalizedText& v, std::size_t b, std::size_t e) {
  return in.substr(v.block_begin(b), v.block_end(e) - v.block_begin(b));
}
}  // namespace

TEST_CASE("leading and trailing whitespace is dropped, every view byte maps inside the block") {
  std::string in = " \t\n  Der Antrag \r\n ";
  auto v = normalize(in);
  CHECK(v.text == "Der Antrag");
  REQUIRE(v.src_begin.size() == v.text.size());
  REQUIRE(v.src_end.size() == v.text.size());
  for (std::size_t i = 0; i < v.text.size(); ++i) {
    CHECK(v.src_begin[i] < v.src_end[i]);
    CHECK(v.src_end[i] <= in.size());
  }
  CHECK(source_of(in, v, 0, v.text.size()) == "Der Antrag");
}

TEST_CASE("stray carriage returns, tabs, form feeds and no-break spaces become one space") {
  std::string in = "Der\rAntrag\t\tist\f\xC2\xA0zu\xE2\x80\xAFstellen.";
  auto v = normalize(in);
  CHECK(v.text == "Der Antrag ist zu stellen.");
  // The space that stands for a no-break space maps to its two bytes, not half of it.
  std::string nbsp_in = "§\xC2\xA0" "5";
  auto n = normalize(nbsp_in);
  CHECK(n.text == "§ 5");
  std::size_t sp = n.text.find(' ');
  CHECK(source_of(nbsp_in, n, sp, sp + 1) == "\xC2\xA0");
}

TEST_CASE("hard-wrapped lines join with one space and map back across the break") {
  std::string in = "Der Antrag ist\n   schriftlich zu\r\nstellen.";
  auto v = normalize(in);
  CHECK(v.text == "Der Antrag ist schriftlich zu stellen.");
  std::size_t b = v.text.find("schriftlich zu stellen");
  CHECK(source_of(in, v, b, b + std::string("schriftlich zu stellen").size()) == "schriftlich zu\r\nstellen");
}

TEST_CASE("hyphenation joins only word parts across a line break") {
  CHECK(normalize("Antrag-\r\n  steller").text == "Antragsteller");
  CHECK(normalize("Über-\nprüfung").text == "Überprüfung");
  // Elided compound parts keep hyphen and space.
  CHECK(normalize("Bundes-\nund Landesrecht").text == "Bundes- und Landesrecht");
  CHECK(normalize("Ein-\noder Ausfuhr").text == "Ein- oder Ausfuhr");
  // No line break: a hyphen before a space stays ("Lehr- und").
  CHECK(normalize("Lehr- und Lernmittel").text == "Lehr- und Lernmittel");
  CHECK(normalize("Antrag- steller").text == "Antrag- steller");
  // No letter before the hyphen: a dash at the line end stays.
  CHECK(normalize("Frist -\nzwei Wochen").text == "Frist - zwei Wochen");
  CHECK(normalize("§ 5-\nneu").text == "§ 5- neu");
  // "undicht" is not the conjunction "und".
  CHECK(normalize("Rohr-\nundicht").text == "Rohrundicht");
}

TEST_CASE("soft hyphens and zero-width characters are dropped; a soft hyphen at a line end joins") {
  std::string in = "Antrag\xC2\xAD" "steller und Be\xE2\x80\x8B" "hörde";
  auto v = normalize(in);
  CHECK(v.text == "Antragsteller und Behörde");
  std::size_t b = v.text.find("Antragsteller");
  CHECK(source_of(in, v, b, b + 13) == "Antrag\xC2\xAD" "steller");
  CHECK(normalize("Antrag\xC2\xAD\nsteller").text == "Antragsteller");
}

TEST_CASE("NFC: composed text keeps a byte-exact map; decomposed text is composed") {
  std::string in = "Ma\xC3\x9F" "e und A\xCC\x88nderung";  // ß composed, Ä decomposed (A + U+0308)
  auto v = normalize(in);
  CHECK(v.text == "Maße und Änderung");
  std::size_t ae = v.text.find("Ä");
  CHECK(source_of(in, v, ae, ae + 2) == "A\xCC\x88");
  std::size_t masse = v.text.find("Maße");
  CHECK(source_of(in, v, masse, masse + 5) == "Ma\xC3\x9F" "e");
  std::size_t rest = v.text.find("nderung");
  CHECK(source_of(in, v, rest, rest + 7) == "nderung");
}

TEST_CASE("normalising an already normal text is the identity with an identity map") {
  std::string in = "Der Antrag ist schriftlich zu stellen.";
  auto v = normalize(in);
  CHECK(v.text == in);
  for (std::size_t i = 0; i < in.size(); ++i) {
    CHECK(v.src_begin[i] == i);
    CHECK(v.src_end[i] == i + 1);
  }
}

TEST_CASE("empty and blank blocks normalise to nothing") {
  CHECK(normalize("").text.empty());
  CHECK(normalize(" \n\t ").text.empty());
}

TEST_CASE("Markdown backslash escapes are dropped from the view, other backslashes stay") {
  std::string in = "1\\. die \\*Angaben\\* nach C:\\Daten und \\\\.";
  auto v = normalize(in);
  CHECK(v.text == "1. die *Angaben* nach C:\\Daten und \\.");
  std::size_t dot = v.text.find('.');
  CHECK(source_of(in, v, 0, dot + 1) == "1\\.");
}

