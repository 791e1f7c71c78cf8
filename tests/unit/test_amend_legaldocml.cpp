// Änderungsbefehle from LegalDocML.de (akn:mod): our own example, and the amending laws of the shared corpus.
#include <doctest/doctest.h>

#include "amend_rules.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "amend/parse.hpp"
#include "match/rule_base.hpp"
#include "pipeline/analyzer.hpp"

using namespace digitalcheck;
namespace fs = std::filesystem;

namespace {

Document xml_doc(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  Document d;
  d.path = path;
  d.format = InputFormat::legaldocml;
  d.source = ss.str();
  return d;
}

std::size_t count_of(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("own LegalDocML.de amending law: instructions, context and effect") {
  Document doc = xml_doc(std::string(DIGITALCHECK_SOURCE_DIR) + "/examples/aenderungsgesetz-dorfladen.xml");
  InstructionSet s = parse_legaldocml_instructions(doc);
  REQUIRE(s.instructions.size() == 4);
  CHECK(s.laws == std::vector<std::string>{"Dorfladengesetz"});
  CHECK(s.instructions[0].kind == InstructionKind::replace);
  CHECK(s.instructions[0].target.display() == "§ 2 Absatz 1 Satz 1");
  CHECK(s.instructions[0].place == "Artikel 1 Nummer 1 Buchstabe a");
  CHECK(s.instructions[0].new_text == "schriftlich oder elektronisch");
  CHECK(s.instructions[0].eid.find("ändbefehl-n1") != std::string::npos);
  CHECK(s.instructions[1].kind == InstructionKind::append);
  CHECK(s.instructions[1].target.display() == "§ 2");
  CHECK(s.instructions[1].new_text.find("eigenhändig zu unterschreiben") != std::string::npos);
  CHECK(s.instructions[2].target.display() == "§ 3 Absatz 1");
  CHECK(s.instructions[3].kind == InstructionKind::repeal);

  Matcher matcher(amend_rules());
  Analyzer analyzer(matcher);
  Analysis a = analyzer.analyze(std::move(doc));
  REQUIRE(a.amendments.effect.size() == 2);
  CHECK(a.amendments.effect[0].category == "schriftform");
  CHECK(a.amendments.effect[0].mitigated == 1);
  CHECK(a.amendments.effect[0].removed == 1);
  CHECK(a.amendments.effect[1].introduced == 1);
}

namespace {

// $DIGITALCHECK_CORPUS, else <build>/corpus, else unpacked from ../shared; empty when there is none.
std::string corpus_dir() {
  if (const char* env = std::getenv("DIGITALCHECK_CORPUS"); env && *env) return env;
  std::string build = std::string(DIGITALCHECK_BINARY_DIR) + "/corpus";
  if (fs::exists(build + "/legaldocml")) return build;
  std::string unpack = std::string(DIGITALCHECK_SOURCE_DIR) + "/../shared/corpus/unpack";
  if (fs::exists(unpack) && std::system((unpack + " " + build + " >/dev/null").c_str()) == 0 &&
      fs::exists(build + "/legaldocml"))
    return build;
  return "";
}

}  // namespace

TEST_CASE("corpus: the LegalDocML.de amending laws are read and their instructions listed" * doctest::skip(false)) {
  std::string dir = corpus_dir();
  if (dir.empty() || !fs::exists(dir + "/legaldocml")) {
    MESSAGE("SKIP: no corpus (set DIGITALCHECK_CORPUS)");
    return;
  }
  std::size_t files = 0, mods_total = 0, read_total = 0;
  for (const auto& e : fs::directory_iterator(dir + "/legaldocml")) {
    if (e.path().extension() != ".xml") continue;
    Document doc = xml_doc(e.path().string());
    std::size_t mods = count_of(doc.source, "<akn:mod ") + count_of(doc.source, "<akn:mod>");
    InstructionSet s = parse_legaldocml_instructions(doc);
    ++files;
    mods_total += mods;
    read_total += s.instructions.size();
    std::string listing;
    for (const auto& ins : s.instructions)
      listing += std::string("\n  ") + to_string(ins.kind) + " " + ins.target.display() + " (" + ins.law + ")";
    MESSAGE(e.path().filename().string() << ": " << mods << " akn:mod, " << s.instructions.size() << " instructions" << listing);
    if (mods == 0) {
      CHECK(s.instructions.empty());
      continue;
    }
    CHECK(s.instructions.size() >= mods * 8 / 10);  // at least 80 % of the akn:mod understood per file
    for (const auto& ins : s.instructions) {
      CHECK_FALSE(ins.law.empty());
      CHECK_FALSE(ins.eid.empty());
    }
  }
  CHECK(files >= 10);
  MESSAGE(files << " files, " << mods_total << " akn:mod, " << read_total << " instructions");
}
