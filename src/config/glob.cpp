#include "config/glob.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace digitalcheck {

namespace {

std::string_view strip_dot_slash(std::string_view p) {
  while (p.size() >= 2 && p[0] == '.' && p[1] == '/') p.remove_prefix(2);
  return p;
}

void append_literal(std::string& re, char c) {
  if (std::string_view("\\.+*?()|[]{}^$").find(c) != std::string_view::npos) re += '\\';
  re += c;
}

Error bad(const std::string& pattern, const std::string& why) {
  return Error{"", 0, "ungültiges Muster '" + pattern + "': " + why};
}

}  // namespace

Result<Glob> Glob::compile(const std::string& pattern) {
  std::string_view p = strip_dot_slash(pattern);
  if (p.empty()) return bad(pattern, "leer");
  if (p.front() == '/') return bad(pattern, "muss ein relativer Pfad sein");
  std::string body(p);
  if (body.back() == '/') body += "**";
  const bool anywhere = body.find('/') == std::string::npos;

  std::string re = anywhere ? "(?:.*/)?" : "";
  bool in_braces = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    const bool segment_start = i == 0 || body[i - 1] == '/';
    switch (c) {
      case '*': {
        if (i + 1 < body.size() && body[i + 1] == '*') {
          const bool segment_end = i + 2 == body.size() || body[i + 2] == '/';
          if (!segment_start || !segment_end) return bad(pattern, "'**' darf nur als ganzes Pfadsegment stehen");
          if (i + 2 == body.size()) {
            // Trailing "**": everything below (the directory itself is matched by the prefix rule).
            if (!re.empty() && re.back() == '/') {
              re.pop_back();
              re += "(?:/.*)?";
            } else {
              re += ".*";
            }
            i += 1;
          } else {
            re += "(?:[^/]*/)*";
            i += 2;  // also consumes the '/'
          }
        } else {
          re += "[^/]*";
        }
        break;
      }
      case '?': re += "[^/]"; break;
      case '[': {
        std::size_t j = i + 1;
        std::string set = "[";
        if (j < body.size() && (body[j] == '!' || body[j] == '^')) {
          set += '^';
          ++j;
        }
        bool first = true;
        for (; j < body.size() && (body[j] != ']' || first); ++j, first = false) {
          char d = body[j];
          if (d == '/') return bad(pattern, "'/' in einer Zeichenmenge [...]");
          if (d == '\\' || d == '[' || d == ']' || d == '^') set += '\\';
          set += d;
        }
        if (j >= body.size()) return bad(pattern, "'[' ohne schließendes ']'");
        if (set == "[" || set == "[^") return bad(pattern, "leere Zeichenmenge []");
        re += set + "]";
        i = j;
        break;
      }
      case ']': return bad(pattern, "']' ohne öffnendes '['");
      case '{':
        if (in_braces) return bad(pattern, "verschachtelte '{' werden nicht unterstützt");
        in_braces = true;
        re += "(?:";
        break;
      case '}':
        if (!in_braces) return bad(pattern, "'}' ohne öffnendes '{'");
        in_braces = false;
        re += ")";
        break;
      case ',':
        if (in_braces) re += '|';
        else append_literal(re, c);
        break;
      case '\\':
        if (i + 1 == body.size()) return bad(pattern, "'\\' am Ende");
        append_literal(re, body[++i]);
        break;
      default: append_literal(re, c);
    }
  }
  if (in_braces) return bad(pattern, "'{' ohne schließendes '}'");

  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_dot_nl(true);
  auto compiled = std::make_shared<const RE2>(re, opt);
  if (!compiled->ok()) return bad(pattern, compiled->error());
  Glob g;
  g.pattern_ = pattern;
  g.re_ = std::move(compiled);
  return g;
}

bool Glob::matches(std::string_view relative_path) const {
  std::string_view p = strip_dot_slash(relative_path);
  return RE2::FullMatch(re2::StringPiece(p.data(), p.size()), *re_);
}

bool PathFilter::excludes_directory(std::string_view dir) const {
  return std::any_of(exclude.begin(), exclude.end(), [&](const Glob& g) { return g.matches(dir); });
}

bool PathFilter::selects(std::string_view path) const {
  path = strip_dot_slash(path);
  // The path itself and every parent directory against the excludes.
  for (std::size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', slash + 1))
    if (excludes_directory(path.substr(0, slash))) return false;
  if (excludes_directory(path)) return false;
  if (include.empty()) return true;
  return std::any_of(include.begin(), include.end(), [&](const Glob& g) { return g.matches(path); });
}

const std::vector<std::string>& default_input_globs() {
  static const std::vector<std::string> globs = {"*.txt", "*.md", "*.markdown", "*.xml", "*.docx"};
  return globs;
}

Result<std::vector<std::string>> expand_inputs(const std::vector<std::string>& inputs, const PathFilter& filter) {
  namespace fs = std::filesystem;
  PathFilter effective = filter;
  if (effective.include.empty())
    for (const auto& g : default_input_globs()) effective.include.push_back(*Glob::compile(g));

  std::vector<std::string> out;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (input == "-" || !fs::is_directory(input, ec)) {
      out.push_back(input);  // files (and errors about them) are the reader's business
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(input, fs::directory_options::none, ec), end;
    if (ec) return Error{input, 0, "Verzeichnis nicht lesbar: " + ec.message()};
    for (; it != end; it.increment(ec)) {
      if (ec) return Error{input, 0, "Verzeichnis nicht lesbar: " + ec.message()};
      const fs::path& p = it->path();
      std::string name = p.filename().string();
      std::string rel = p.lexically_relative(input).generic_string();
      bool is_dir = it->is_directory(ec) && !it->is_symlink(ec);
      if (name.starts_with(".")) {
        if (is_dir) it.disable_recursion_pending();
        continue;
      }
      if (is_dir) {
        if (effective.excludes_directory(rel)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      if (effective.selects(rel)) found.push_back(p.generic_string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace digitalcheck
