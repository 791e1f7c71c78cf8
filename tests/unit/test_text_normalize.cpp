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
