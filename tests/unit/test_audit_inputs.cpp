#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "audit/inputs.hpp"

using namespace digitalcheck;
namespace fs = std::filesystem;

namespace {
struct TempTree {
  fs::path root;
  TempTree() {
    root = fs::temp_directory_path() / ("dc-inputs-" + std::to_string(::getpid()));
    fs::remove_all(root);
    for (const char* f : {"b.md", "a.xml", "sub/c.txt", "sub/deep/d.md", "sub/notes.tsv", ".hidden/e.md", "sub/x_vwv.md"}) {
      fs::create_directories((root / f).parent_path());
      std::ofstream(root / f) << "Der Antrag ist schriftlich zu stellen.\n";
    }
  }
  ~TempTree() { fs::remove_all(root); }
  std::vector<std::string> paths(const std::vector<AuditInput>& in) const {
    std::vector<std::string> out;
    for (const auto& i : in) out.push_back(fs::path(i.path).lexically_relative(root).generic_string());
    return out;
  }
};
}  // namespace

namespace {
PathFilter filter_of(std::vector<std::string> include, std::vector<std::string> exclude) {
  PathFilter f;
  for (const auto& p : include) f.include.push_back(*Glob::compile(p));
  for (const auto& p : exclude) f.exclude.push_back(*Glob::compile(p));
  return f;
}
}  // namespace

TEST_CASE("directories are walked recursively, sorted, input extensions only, hidden entries skipped") {
  TempTree t;
  auto in = collect_inputs({t.root.string()}, PathFilter{});
  CHECK(t.paths(in) == std::vector<std::string>{"a.xml", "b.md", "sub/c.txt", "sub/deep/d.md", "sub/x_vwv.md"});
  for (const auto& i : in) {
    CHECK(i.error.empty());
    CHECK(i.bytes > 0);
  }
}

TEST_CASE("include and exclude globs apply relative to the directory given") {
  TempTree t;
  auto in = collect_inputs({t.root.string()}, filter_of({"*.md", "*.txt"}, {"*_vwv.md", "sub/deep/**"}));
  CHECK(t.paths(in) == std::vector<std::string>{"b.md", "sub/c.txt"});
}

TEST_CASE("argument order and duplicates do not change the inputs; missing paths become error inputs") {
  TempTree t;
  std::string sub = (t.root / "sub").string();
  std::string b = (t.root / "b.md").string();
  auto one = collect_inputs({sub, b, sub, (t.root / "nope.md").string()}, PathFilter{});
  auto two = collect_inputs({b, (t.root / "nope.md").string(), sub}, PathFilter{});
  REQUIRE(one.size() == two.size());
  for (std::size_t i = 0; i < one.size(); ++i) CHECK(one[i].path == two[i].path);
  CHECK(t.paths(one) == std::vector<std::string>{"b.md", "nope.md", "sub/c.txt", "sub/deep/d.md", "sub/x_vwv.md"});
  CHECK(one[1].error == "Datei oder Verzeichnis nicht gefunden");
}

TEST_CASE("a file named explicitly is taken whatever its extension") {
  TempTree t;
  auto in = collect_inputs({(t.root / "sub/notes.tsv").string()}, PathFilter{});
  REQUIRE(in.size() == 1);
  CHECK(in[0].error.empty());
}

TEST_CASE("--shard K/N parses strictly") {
  CHECK(parse_shard("1/1").has_value());
  auto s = parse_shard("3/8");
  REQUIRE(s);
  CHECK(s->index == 3);
  CHECK(s->count == 8);
  for (const char* bad : {"0/3", "4/3", "1/0", "1", "a/b", "1/2/3", "/2", "1/", "-1/2", " 1/2"}) CHECK_FALSE(parse_shard(bad));
}

TEST_CASE("shards are contiguous slices that add up to the whole") {
  std::vector<AuditInput> all;
  for (int i = 0; i < 23; ++i) all.push_back({"f" + std::to_string(100 + i), 1, ""});
  for (std::size_t n : {1u, 2u, 3u, 7u, 23u, 40u}) {
    std::vector<std::string> joined;
    for (std::size_t k = 1; k <= n; ++k) {
      auto part = select_shard(all, Shard{k, n});
      CHECK(part.size() + 1 >= all.size() / n);  // balanced: sizes differ by at most one
      CHECK(part.size() <= all.size() / n + 1);
      for (const auto& p : part) joined.push_back(p.path);
    }
    REQUIRE(joined.size() == all.size());
    for (std::size_t i = 0; i < all.size(); ++i) CHECK(joined[i] == all[i].path);
  }
}
