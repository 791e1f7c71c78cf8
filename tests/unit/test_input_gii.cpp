#include <doctest/doctest.h>

#include <fstream>

#include "input/reader.hpp"
#include "util/file.hpp"

using namespace digitalcheck;

namespace {

Document read_fixture(const std::string& name) {
  auto d = read_document(std::string(DIGITALCHECK_SOURCE_DIR) + "/tests/fixtures/" + name);
  REQUIRE_MESSAGE(d.ok(), (d.ok() ? "" : d.error().to_string()));
  return std::move(*d);
}

std::string all_text(const Document& d) {
  std::string s;
  for (const auto& b : d.blocks) s += b.text + "\n";
  return s;
}

}  // namespace

TEST_CASE("GII: title from metadata, headings from enbez/titel and Gliederung, text in order") {
  Document d = read_fixture("gii-beispiel.xml");
  CHECK(d.format == InputFormat::gii);
  CHECK(d.title == "Gesetz über das Beispielverfahren");
  std::vector<std::string> texts;
  for (const auto& b : d.blocks) texts.push_back(b.text);
  std::vector<std::string> expected = {
      "Abschnitt 1 Verfahren",
      "§ 1 Antrag",
      "(1) Das Verfahren beginnt mit einem Antrag. Der Antrag ist schriftlich zu stellen.",
      "(2) Dem Antrag sind beizufügen",
      "1. ein Nachweis der Identität,",
      "2. eine Erklärung, die",
      "a) die Angaben zur Person enthält und",
      "b) eigenhändig zu unterschreiben ist,",
      "sofern die Behörde nichts anderes bestimmt. Die Behörde kann die persönliche Vorsprache verlangen.",
      "Art 2a Bescheid",
      "Der Bescheid wird schriftlich erteilt.",
      "Nr. Unterlage",
      "1 Antrag mit eigenhändiger Unterschrift",
      "Anlage 1 (zu § 1)",
      "Muster & Vordruck",
  };
  CHECK(texts == expected);
  CHECK(d.blocks[0].kind == BlockKind::heading);
  CHECK(d.blocks[1].kind == BlockKind::heading);
  CHECK(d.blocks[1].hint.norm == "§ 1");
  CHECK(d.blocks[1].hint.heading == "Antrag");
  CHECK(d.blocks[4].hint.norm == "§ 1");
  CHECK(d.blocks[4].hint.list_level == 1);
  CHECK(d.blocks[6].hint.list_level == 2);
  CHECK(d.blocks[8].hint.list_level == 0);
  CHECK(d.blocks[10].hint.norm == "Art 2a");
}

TEST_CASE("GII: footnotes, editorial comments and metadata are not norm text") {
  Document d = read_fixture("gii-beispiel.xml");
  std::string text = all_text(d);
  CHECK(text.find("Textnachweis") == std::string::npos);
  CHECK(text.find("Fundstelle") == std::string::npos);
  // The sentence stands in § 1 Abs. 1 and, as a decoy, in footnotes and fussnoten: only once in the blocks.
  auto first = text.find("Der Antrag ist schriftlich zu stellen.");
  REQUIRE(first != std::string::npos);
  CHECK(text.find("Der Antrag ist schriftlich zu stellen.", first + 1) == std::string::npos);
  CHECK(text.find("BspVG") == std::string::npos);
}

TEST_CASE("GII: blocks point at the source line of their text node") {
  Document d = read_fixture("gii-beispiel.xml");
  for (const auto& b : d.blocks) {
    CHECK_FALSE(b.verbatim);
    CHECK(b.source_line > 0);
  }
  // § 1's text stands on line 6 of the fixture, Art 2a's on line 7.
  CHECK(d.blocks[2].source_line == 6);
  CHECK(d.blocks[10].source_line == 7);
  CHECK(d.source.compare(d.blocks[2].source_offset, 4, "(1) ") == 0);
  CHECK(d.source.compare(d.blocks[4].source_offset, 2, "1.") == 0);  // the DT marker
  CHECK(d.source.compare(d.blocks[1].source_offset, 4, "§ 1") == 0);
}

TEST_CASE("XML: malformed input is an error with file and line") {
  auto d = parse_document("kaputt.xml", "<?xml version=\"1.0\"?>\n<dokumente>\n<norm>\n</dokumente>\n", std::nullopt);
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().file == "kaputt.xml");
  CHECK(d.error().line == 4);
  CHECK(d.error().message.find("fehlerhaftes XML") != std::string::npos);
}

TEST_CASE("XML: an unknown root element is refused with a clear message") {
  auto d = parse_document("x.xml", "<html><body>Text</body></html>", std::nullopt);
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().message.find("unbekanntes XML-Format") != std::string::npos);
}

TEST_CASE("XML: deep nesting is refused, not recursed into") {
  std::string xml = "<dokumente><norm><textdaten><text><Content>";
  for (int i = 0; i < 100000; ++i) xml += "<B>";
  xml += "x";
  for (int i = 0; i < 100000; ++i) xml += "</B>";
  xml += "</Content></text></textdaten></norm></dokumente>";
  auto d = parse_document("tief.xml", xml, std::nullopt);
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().message.find("zu tief verschachtelt") != std::string::npos);
}

TEST_CASE("XML: external entities are never resolved (XXE)") {
  std::string secret_path = "/tmp/digitalcheck-xxe-secret.txt";
  {
    std::ofstream f(secret_path);
    f << "GEHEIMNIS-4711";
  }
  std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE dokumente [\n<!ENTITY xxe SYSTEM \"file://" + secret_path +
      "\">\n<!ENTITY % dtd SYSTEM \"file://" + secret_path + "\"> %dtd;\n]>\n"
      "<dokumente><norm><metadaten><enbez>§ 1</enbez></metadaten><textdaten><text><Content><P>Inhalt: &xxe;</P>"
      "</Content></text></textdaten></norm></dokumente>\n";
  auto d = parse_document("xxe.xml", xml, std::nullopt);
  REQUIRE(d.ok());
  std::string text = all_text(*d);
  CHECK(text.find("GEHEIMNIS") == std::string::npos);
  CHECK(text.find("Inhalt: &xxe;") != std::string::npos);  // left as literal text
  std::remove(secret_path.c_str());
}

TEST_CASE("XML: entity expansion cannot blow up (billion laughs)") {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE dokumente [\n<!ENTITY lol \"lol\">\n";
  xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
  for (int i = 2; i <= 9; ++i) {
    xml += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) xml += "&lol" + std::to_string(i - 1) + ";";
    xml += "\">\n";
  }
  xml += "]>\n<dokumente><norm><metadaten><enbez>§ 1</enbez></metadaten><textdaten><text><Content><P>&lol9;</P>"
         "</Content></text></textdaten></norm></dokumente>\n";
  auto d = parse_document("lol.xml", xml, std::nullopt);
  REQUIRE(d.ok());
  CHECK(all_text(*d).size() < 100);  // "&lol9;" stays as it is
  CHECK(all_text(*d).find("&lol9;") != std::string::npos);
}
