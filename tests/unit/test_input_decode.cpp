// Decoding input bytes: UTF-8 with and without BOM, Windows-1252/Latin-1 conversion, refusals.
#include <doctest/doctest.h>

#include <string>

#include "input/decode.hpp"
#include "input/reader.hpp"

using namespace digitalcheck;

TEST_CASE("UTF-8 without BOM passes through unchanged") {
  std::string in = "Die Prüfung ist öffentlich.\n";
  auto d = decode_text("a.txt", in);
  REQUIRE(d.ok());
  CHECK(d->text == in);
  CHECK(d->encoding.name == "UTF-8");
  CHECK(d->encoding.bom_bytes == 0);
  CHECK_FALSE(d->converted());
}

TEST_CASE("a UTF-8 BOM is removed and remembered for offsets") {
  auto d = decode_text("a.txt", "\xEF\xBB\xBF" "Antrag schriftlich.");
  REQUIRE(d.ok());
  CHECK(d->text == "Antrag schriftlich.");
  CHECK(d->encoding.bom_bytes == 3);
  CHECK_FALSE(d->converted());
  OriginalOffsets to_file(d->encoding, d->text);
  CHECK(to_file(0) == 3);
  CHECK(to_file(7) == 10);
}

TEST_CASE("Windows-1252 / Latin-1 text is converted to UTF-8") {
  // "Prüfung – Maße €5" in Windows-1252: ü=FC, en dash=96, ß=DF, euro=80.
  auto d = decode_text("a.txt", "Pr\xFC" "fung \x96 Ma\xDF" "e \x80" "5");
  REQUIRE(d.ok());
  CHECK(d->text == "Prüfung – Maße €5");
  CHECK(d->converted());
  CHECK(d->encoding.name == "Windows-1252");
  // Offsets map back to the single-byte input: "Maße" starts at input byte 10.
  OriginalOffsets to_file(d->encoding, d->text);
  std::size_t masse = d->text.find("Maße");
  CHECK(to_file(masse) == 10);
  CHECK(to_file(masse + std::string("Maße").size()) == 14);
  // Going backwards works as well as forwards.
  CHECK(to_file(0) == 0);
  CHECK(to_file(d->text.size()) == 17);
  CHECK(to_file(d->text.find("€")) == 15);
}

TEST_CASE("UTF-16 with a byte order mark is refused") {
  for (std::string bom : {std::string("\xFF\xFE", 2), std::string("\xFE\xFF", 2)}) {
    std::string in = bom + std::string("A\0n\0t\0r\0a\0g\0", 12);
    auto d = decode_text("u16.txt", in);
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().file == "u16.txt");
    CHECK(d.error().message.find("UTF-16") != std::string::npos);
  }
}

TEST_CASE("NUL bytes and binary data are refused with the line of the first bad byte") {
  auto d = decode_text("bin.dat", std::string("Zeile eins\nZeile zwei\0\0\x01", 25));
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().file == "bin.dat");
  CHECK(d.error().line == 2);
  CHECK(d.error().message.find("keine Textdatei") != std::string::npos);

  std::string controls(200, 'a');
  for (int i = 0; i < 10; ++i) controls[static_cast<std::size_t>(i * 20)] = '\x02';
  CHECK_FALSE(decode_text("c.txt", controls).ok());
}

TEST_CASE("a single stray control byte in a long text is tolerated") {
  std::string in(300, 'a');
  in[150] = '\x1b';
  CHECK(decode_text("c.txt", in).ok());
}

TEST_CASE("broken UTF-8 (valid multi-byte sequences next to invalid bytes) is refused, not guessed") {
  auto d = decode_text("bad.txt", "Die Prüfung\nist \xC3 kaputt.");
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().line == 2);
  CHECK(d.error().message.find("UTF-8") != std::string::npos);
}

TEST_CASE("invalid bytes after a UTF-8 BOM are refused") {
  auto d = decode_text("bad.txt", "\xEF\xBB\xBF" "Pr\xFC" "fung");
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().message.find("UTF-8") != std::string::npos);
}

TEST_CASE("bytes no accepted encoding explains are refused") {
  // 0x81 and 0x9D are undefined in Windows-1252 and C1 controls in Latin-1.
  auto d = decode_text("x.txt", "Antrag\n\n\x81\x9D");
  REQUIRE_FALSE(d.ok());
  CHECK(d.error().line == 3);
  CHECK(d.error().message.find("weder UTF-8 noch Windows-1252") != std::string::npos);
}

TEST_CASE("is_valid_utf8") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("Straße"));
  CHECK_FALSE(is_valid_utf8("\xC3"));
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // a surrogate encoded in UTF-8
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
}

TEST_CASE("parse_document: empty, whitespace-only and BOM-only inputs are refused with a reason") {
  auto empty = parse_document("e.txt", "", std::nullopt);
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().message == "Datei ist leer");
  auto blank = parse_document("w.txt", " \n\t\r\n", std::nullopt);
  REQUIRE_FALSE(blank.ok());
  CHECK(blank.error().message.find("nur Leerraum") != std::string::npos);
  auto bom_only = parse_document("b.txt", "\xEF\xBB\xBF\n", std::nullopt);
  REQUIRE_FALSE(bom_only.ok());
  CHECK(bom_only.error().file == "b.txt");
}

TEST_CASE("parse_document: standard input is named as such in errors; a converted input leaves a note") {
  auto e = parse_document("-", "", std::nullopt);
  REQUIRE_FALSE(e.ok());
  CHECK(e.error().file == "(Standardeingabe)");
  auto doc = parse_document("alt.txt", "Der Antrag ist schriftlich zu stellen. Gr\xFC\xDF" "e", std::nullopt);
  REQUIRE(doc.ok());
  REQUIRE(doc->notes.size() == 1);
  CHECK(doc->notes[0].find("alt.txt") != std::string::npos);
  CHECK(doc->notes[0].find("Windows-1252") != std::string::npos);
  CHECK(doc->source.find("Grüße") != std::string::npos);
  CHECK(doc->encoding.single_byte);
}

TEST_CASE("classic Mac line ends (CR alone) are read as line ends, byte for byte") {
  auto d = decode_text("a.txt", "Zeile eins\rZeile zwei\r\nZeile drei\r");
  REQUIRE(d.ok());
  CHECK(d->text == "Zeile eins\nZeile zwei\r\nZeile drei\n");
  // The line of a bad byte is counted over CR-only line ends, too.
  auto bad = decode_text("a.txt", std::string("eins\rzwei\rdr\0i", 14));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().line == 3);
}
