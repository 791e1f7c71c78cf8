#include <doctest/doctest.h>

#include "input/reader.hpp"
#include "structure/marks.hpp"
#include "structure/structure.hpp"
#include "text/segment.hpp"

using namespace digitalcheck;

namespace {

struct Cited {
  Document doc;
  Structure st;
  Segmenter seg;

  Cited(const std::string& name, const std::string& text) {
    auto d = parse_document(name, text, std::nullopt);
    REQUIRE_MESSAGE(d.ok(), (d.ok() ? "" : d.error().to_string()));
    doc = std::move(*d);
    st = parse_structure(doc);
  }
  // The citation of the n-th (0-based) occurrence of `needle` in the blocks.
  Citation at(const std::string& needle, int nth = 0) {
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
      std::size_t pos = doc.blocks[i].text.find(needle);
      while (pos != std::string::npos) {
        if (nth-- == 0) return st.cite(doc, i, pos, seg);
        pos = doc.blocks[i].text.find(needle, pos + 1);
      }
    }
    FAIL("not found: " << needle);
    return {};
  }
  std::string cite(const std::string& needle, int nth = 0) { return at(needle, nth).display(); }
};

}  // namespace

TEST_CASE("marks: markers and what is not one") {
  auto kind = [](std::string_view t) { auto m = lex_mark(t, 0); return m ? static_cast<int>(m->kind) : -1; };
  CHECK(kind("(2) Text") == static_cast<int>(MarkKind::absatz));
  CHECK(kind("(2a) Text") == static_cast<int>(MarkKind::absatz));
  CHECK(kind("3. die") == static_cast<int>(MarkKind::nummer));
  CHECK(kind("3.die") == static_cast<int>(MarkKind::nummer));
  CHECK(kind("3a. die") == static_cast<int>(MarkKind::nummer));
  CHECK(kind("b) die") == static_cast<int>(MarkKind::buchstabe));
  CHECK(kind("bb) die") == static_cast<int>(MarkKind::doppelbuchstabe));
  CHECK(kind("1. Januar 2020") == -1);
  CHECK(kind("18. Lebensjahr") == -1);
  CHECK(kind("1.1.2020") == -1);
  CHECK(kind("ab) x") == -1);
  CHECK(next_label(MarkKind::nummer, "9") == "10");
  CHECK(next_label(MarkKind::buchstabe, "") == "a");
  CHECK(next_label(MarkKind::doppelbuchstabe, "aa") == "bb");
}

TEST_CASE("marks: norm designations are normalised") {
  CHECK(normalize_norm("Art 5") == "Art. 5");
  CHECK(normalize_norm("Artikel 12") == "Art. 12");
  CHECK(normalize_norm("Art.3") == "Art. 3");
  CHECK(normalize_norm("§5") == "§ 5");
  CHECK(normalize_norm("§ 3 a") == "§ 3a");
  CHECK(normalize_norm("§ 3a") == "§ 3a");
  CHECK(normalize_norm("Anlage 1") == "Anlage 1");
  CHECK(normalize_norm("Eingangsformel") == "Eingangsformel");
}

TEST_CASE("Markdown draft: headings with '#', Absatz, Satz, Nummer") {
  Cited c("e.md",
          "# Gesetz über Beispiele\n\n## § 1 Zweck\n\nDieses Gesetz regelt ALPHA.\n\n## § 2 Antrag\n\n"
          "(1) Der Antrag ist zu stellen. Er ist BETA zu stellen.\n\n(2) Beizufügen sind:\n1. ein GAMMA,\n"
          "2. ein DELTA.\n\nDie Behörde prüft EPSILON.\n");
  CHECK(c.st.title == "Gesetz über Beispiele");
  CHECK(c.cite("ALPHA") == "§ 1 Satz 1");
  CHECK(c.at("ALPHA").heading == "Zweck");
  CHECK(c.cite("BETA") == "§ 2 Abs. 1 Satz 2");
  CHECK(c.cite("GAMMA") == "§ 2 Abs. 2 Satz 1 Nr. 1");
  CHECK(c.cite("DELTA") == "§ 2 Abs. 2 Satz 1 Nr. 2");
  CHECK(c.cite("EPSILON") == "§ 2 Abs. 2 Satz 2");
  REQUIRE(c.st.provisions.size() == 3);
  CHECK(c.st.provisions[2].norm == "§ 2");
  CHECK(c.st.provisions[2].heading == "Antrag");
}

TEST_CASE("plain text: '§ 5 Überschrift' lines without '#', hard-wrapped lines, sections") {
  Cited c("e.txt",
          "Gesetz über Beispiele\n\nAbschnitt 1\nAllgemeines\n\n§ 3a Antragstellung\nDer Antrag ist\nALPHA zu stellen. "
          "Danach folgt\nBETA.\n\nArtikel 5\nInkrafttreten\n(1) Dieses Gesetz tritt GAMMA in Kraft.\n");
  CHECK(c.st.title == "Gesetz über Beispiele");
  CHECK(c.cite("ALPHA") == "§ 3a Satz 1");
  CHECK(c.at("ALPHA").heading == "Antragstellung");
  CHECK(c.cite("BETA") == "§ 3a Satz 2");
  CHECK(c.cite("GAMMA") == "Art. 5 Abs. 1 Satz 1");
  CHECK(c.at("GAMMA").heading == "Inkrafttreten");
  REQUIRE(c.st.sections.size() == 1);
  CHECK(c.st.sections[0] == "Abschnitt 1 Allgemeines");
  CHECK(c.st.provisions.back().section == "Abschnitt 1 Allgemeines");
}

TEST_CASE("a hard-wrapped date at a line start continues the sentence") {
  Cited c("e.txt", "§ 1 Frist\n\n(1) Der Antrag ist bis zum\n17. Juli 2027 ALPHA zu stellen. Danach BETA.\n");
  CHECK(c.doc.blocks.size() == 2);
  CHECK(c.cite("ALPHA") == "§ 1 Abs. 1 Satz 1");
  CHECK(c.cite("BETA") == "§ 1 Abs. 1 Satz 2");
}

TEST_CASE("a sentence that starts with a designation is no heading") {
  Cited c("e.txt", "§ 1 Zweck\n\n§ 5 gilt entsprechend für ALPHA.\n");
  CHECK(c.cite("ALPHA") == "§ 1 Satz 1");
}

TEST_CASE("REVOSax Markdown: short title before the designation, run-in items, no-break spaces, CRs") {
  Cited c("sx.md",
          "# Beispielverordnung\n\nVerordnung des Ministeriums über Beispiele (Beispielverordnung – BspVO)\n\n"
          "## Beispielverordnung \xC2\xA7\xC2\xA0" "4\xC2\xA0 Antrag\n\n"
          "(1) Der Antrag ist bei der Behörde zu stellen. Er ist ALPHA einzureichen.\n\n"
          "(2) Dem Antrag sind beizufügen:1.die Erklärung, die a) BETA ist und b) GAMMA ist, 2.der Nachweis vom "
          "17. Juli 2017 nach Nummer 1. DELTA\r mit Rest.\n\n"
          "## Beispielverordnung § 5 Bescheid\n\nDer Bescheid ergeht am 1. Januar. Er wird EPSILON erteilt.\n");
  CHECK(c.st.title == "Beispielverordnung");
  CHECK(c.cite("ALPHA") == "§ 4 Abs. 1 Satz 2");
  CHECK(c.at("ALPHA").heading == "Antrag");
  CHECK(c.cite("Erklärung") == "§ 4 Abs. 2 Satz 1 Nr. 1");
  CHECK(c.cite("BETA") == "§ 4 Abs. 2 Satz 1 Nr. 1 Buchst. a");
  CHECK(c.cite("GAMMA") == "§ 4 Abs. 2 Satz 1 Nr. 1 Buchst. b");
  CHECK(c.cite("DELTA") == "§ 4 Abs. 2 Satz 1 Nr. 2");  // "17." and "Nummer 1." are no markers
  CHECK(c.cite("EPSILON") == "§ 5 Satz 2");
  CHECK(c.cite("Verordnung des") == "");  // before the first norm
}

TEST_CASE("Doppelbuchstaben and a letter list without numbers") {
  Cited c("e.md", "## § 7 Liste\n\n(3) Es gelten:\n\na) erstens ALPHA,\n\naa) BETA und\n\nbb) GAMMA,\n\nb) DELTA.\n");
  CHECK(c.cite("ALPHA") == "§ 7 Abs. 3 Satz 1 Buchst. a");
  CHECK(c.cite("BETA") == "§ 7 Abs. 3 Satz 1 Buchst. a Doppelbuchst. aa");
  CHECK(c.cite("GAMMA") == "§ 7 Abs. 3 Satz 1 Buchst. a Doppelbuchst. bb");
  CHECK(c.cite("DELTA") == "§ 7 Abs. 3 Satz 1 Buchst. b");
}

TEST_CASE("GII: citations from enbez, Absatz text, DL list levels; tables have no Satz") {
  auto d = read_document(std::string(DIGITALCHECK_SOURCE_DIR) + "/tests/fixtures/gii-beispiel.xml");
  REQUIRE(d.ok());
  Structure st = parse_structure(*d);
  Segmenter seg;
  auto cite = [&](const std::string& needle) {
    for (std::size_t i = 0; i < d->blocks.size(); ++i) {
      auto pos = d->blocks[i].text.find(needle);
      if (pos != std::string::npos && d->blocks[i].kind == BlockKind::paragraph) return st.cite(*d, i, pos, seg);
    }
    FAIL("not found: " << needle);
    return Citation{};
  };
  CHECK(st.title == "Gesetz über das Beispielverfahren");
  CHECK(cite("schriftlich zu stellen").display() == "§ 1 Abs. 1 Satz 2");
  CHECK(cite("Nachweis der Identität").display() == "§ 1 Abs. 2 Satz 1 Nr. 1");
  CHECK(cite("Angaben zur Person").display() == "§ 1 Abs. 2 Satz 1 Nr. 2 Buchst. a");
  CHECK(cite("eigenhändig zu").display() == "§ 1 Abs. 2 Satz 1 Nr. 2 Buchst. b");
  CHECK(cite("sofern").display() == "§ 1 Abs. 2 Satz 1");  // the text after the list closes sentence 1
  CHECK(cite("persönliche Vorsprache").display() == "§ 1 Abs. 2 Satz 2");
  CHECK(cite("persönliche Vorsprache").heading == "Antrag");
  CHECK(cite("Bescheid wird").display() == "Art. 2a Satz 1");
  CHECK(cite("eigenhändiger Unterschrift").display() == "Art. 2a");
  CHECK(cite("Vordruck").display() == "Anlage 1");
  REQUIRE(st.sections.size() == 1);
  CHECK(st.sections[0] == "Abschnitt 1 Verfahren");
  // Provisions: the preamble, § 1, Art. 2a, Anlage 1 (the Gliederung heading is no provision).
  REQUIRE(st.provisions.size() == 4);
  CHECK(st.provisions[1].norm == "§ 1");
  CHECK(st.provisions[1].section == "Abschnitt 1 Verfahren");
  CHECK(st.provisions[2].norm == "Art. 2a");
}
