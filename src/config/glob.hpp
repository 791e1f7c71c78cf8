// Glob patterns over relative '/'-separated paths, and include/exclude filters built from them.
// The one place for file selection: check (directory inputs), audit and the config all use it.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace re2 {
class RE2;
}

namespace digitalcheck {

// A compiled glob. Syntax:
//   *      any characters except '/'         ?        one character except '/'
//   **     as a whole path segment: any number of directories, also none ("a/**/b", "**/x", "dir/**")
//   [abc] [a-z] [!abc]   one character of (not of) the set
//   {md,txt}             one of the alternatives (not nested)
//   \c                   the character c literally
// A pattern without '/' matches the file name at any depth ("*.md" is "**/*.md"); a pattern ending
// in '/' matches everything below that directory ("archiv/" is "archiv/**"). Leading "./" is ignored.
class Glob {
 public:
  // Compiles `pattern`. Bad patterns (empty, absolute, unclosed '[' or '{', '**' inside a segment,
  // nested '{') are an Error with a German message (file and line left empty for the caller).
  static Result<Glob> compile(const std::string& pattern);

  // True when the whole relative path matches ("drafts/a.md"; leading "./" is ignored).
  bool matches(std::string_view relative_path) const;
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  std::shared_ptr<const re2::RE2> re_;
};

// Selects files by include and exclude globs: a path is selected when it matches some include (or
// there are no includes) and neither it nor any of its parent directories matches an exclude.
struct PathFilter {
  std::vector<Glob> include;
  std::vector<Glob> exclude;

  bool selects(std::string_view relative_path) const;
  // True when a directory (relative path) is excluded itself: walkers skip it without descending.
  bool excludes_directory(std::string_view relative_dir) const;
};

// The extensions directory walks pick up when no include is given: *.txt, *.md, *.markdown, *.xml, *.docx.
const std::vector<std::string>& default_input_globs();

// Expands inputs for checking: a file is taken as given (filters do not apply to files named
// explicitly); a directory is walked recursively (hidden entries like .git skipped, symlinked
// directories not followed) and yields the files `filter` selects (relative to that directory) — or,
// when the filter has no includes, those matching default_input_globs() — sorted by path.
// An input that does not exist is an Error naming it.
Result<std::vector<std::string>> expand_inputs(const std::vector<std::string>& inputs, const PathFilter& filter);

}  // namespace digitalcheck
