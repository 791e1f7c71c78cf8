#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "config/glob.hpp"

using namespace digitalcheck;

namespace {
bool m(const std::string& pattern, const std::string& path) {
  auto g = Glob::compile(pattern);
  REQUIRE_MESSAGE(g.ok(), pattern);
  return g->matches(path);
}
}  // namespace

TEST_CASE("a glob without '/' matches the file name at any depth") {
  CHECK(m("*.md", "a.md"));
  CHECK(m("*.md", "drafts/2026/a.md"));
  CHECK_FALSE(m("*.md", "a.md.bak"));
  CHECK_FALSE(m("*.md", "a.txt"));
}

TEST_CASE("* and ? stay inside one segment; ** spans directories") {
  CHECK(m("drafts/*.md", "drafts/a.md"));
  CHECK_FALSE(m("drafts/*.md", "drafts/sub/a.md"));
  CHECK(m("drafts/**/*.md", "drafts/a.md"));
  CHECK(m("drafts/**/*.md", "drafts/x/y/a.md"));
  CHECK(m("**/archiv/*", "a/b/archiv/c.md"));
  CHECK(m("drafts/**", "drafts/x/y.md"));
  CHECK_FALSE(m("drafts/**", "other/y.md"));
  CHECK(m("entwurf-?.md", "entwurf-1.md"));
  CHECK_FALSE(m("entwurf-?.md", "entwurf-12.md"));
  CHECK(m("./drafts/*.md", "./drafts/a.md"));
}

TEST_CASE("character sets, negated sets, alternatives and escapes") {
  CHECK(m("v[0-9].md", "v3.md"));
  CHECK_FALSE(m("v[!0-9].md", "v3.md"));
  CHECK(m("v[!0-9].md", "vx.md"));
  CHECK(m("*.{md,txt}", "a.txt"));
  CHECK(m("*.{md,txt}", "a.md"));
  CHECK_FALSE(m("*.{md,txt}", "a.docx"));
  CHECK(m("a\\*b", "a*b"));
  CHECK_FALSE(m("a\\*b", "axb"));
  CHECK(m("(1).md", "(1).md"));  // regex characters are literal
  CHECK_FALSE(m("a+.md", "aa.md"));
}

TEST_CASE("bad globs are refused with a reason") {
  for (const char* bad : {"", "/abs/*.md", "a[bc", "a{b,c", "a}b", "a**b", "x/**y", "a{b,{c}}", "a\\", "[]"}) {
    auto g = Glob::compile(bad);
    CHECK_MESSAGE(!g.ok(), bad);
    if (!g.ok()) CHECK(g.error().message.find("ungültiges Muster") != std::string::npos);
  }
}

TEST_CASE("PathFilter: includes select, excludes win, an excluded directory excludes its contents") {
  PathFilter f;
  f.include.push_back(*Glob::compile("*.md"));
  f.exclude.push_back(*Glob::compile("archiv"));
  f.exclude.push_back(*Glob::compile("*-alt.md"));
  CHECK(f.selects("a.md"));
  CHECK(f.selects("x/a.md"));
  CHECK_FALSE(f.selects("a.txt"));
  CHECK_FALSE(f.selects("archiv/a.md"));
  CHECK_FALSE(f.selects("x/archiv/y/a.md"));
  CHECK_FALSE(f.selects("x/a-alt.md"));
  CHECK(f.excludes_directory("archiv"));
  PathFilter all;
  CHECK(all.selects("anything/at/all"));
}

TEST_CASE("expand_inputs walks directories, sorted, skipping hidden and excluded entries") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("dc-glob-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  for (const char* p : {"b.md", "a.txt", "sub/c.md", "sub/d.docx", "archiv/e.md", ".git/f.md", "g.pdf"}) {
    fs::create_directories((dir / p).parent_path());
    std::ofstream(dir / p) << "x";
  }
  PathFilter f;
  f.exclude.push_back(*Glob::compile("archiv/"));
  auto files = expand_inputs({dir.string(), "explicit.pdf"}, f);
  REQUIRE(files.ok());
  std::vector<std::string> expected;
  for (const char* p : {"a.txt", "b.md", "sub/c.md", "sub/d.docx"}) expected.push_back((dir / p).generic_string());
  expected.push_back("explicit.pdf");  // named files pass through unfiltered
  CHECK(*files == expected);

  PathFilter only_md;
  only_md.include.push_back(*Glob::compile("sub/*.md"));
  files = expand_inputs({dir.string()}, only_md);
  REQUIRE(files.ok());
  CHECK(*files == std::vector<std::string>{(dir / "sub/c.md").generic_string()});
  fs::remove_all(dir);
}
