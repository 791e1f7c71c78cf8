#include "audit/inputs.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <system_error>

#include "input/reader.hpp"

namespace digitalcheck {

namespace fs = std::filesystem;

namespace {

std::string join(const std::string& dir, const std::string& relative) {
  if (dir.empty() || dir == ".") return relative;
  return dir.back() == '/' ? dir + relative : dir + "/" + relative;
}

std::string file_name(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void walk_directory(const std::string& dir, const PathFilter& filter, std::vector<AuditInput>& out) {
  std::error_code ec;
  auto it = fs::recursive_directory_iterator(dir, fs::directory_options::none, ec);
  if (ec) {
    out.push_back({dir, 0, "Verzeichnis nicht lesbar: " + ec.message()});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      out.push_back({dir, 0, "Verzeichnis nicht vollständig lesbar: " + ec.message()});
      return;
    }
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec) || !has_input_extension(name)) continue;
    std::string relative = p.lexically_relative(dir).generic_string();
    if (!filter.selects(relative)) continue;
    std::uint64_t size = it->file_size(ec);
    out.push_back({join(dir, relative), ec ? 0 : size, ""});
  }
}

}  // namespace

std::vector<AuditInput> collect_inputs(const std::vector<std::string>& paths, const PathFilter& filter) {
  std::vector<AuditInput> out;
  for (const auto& path : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      out.push_back({path, 0, "Datei oder Verzeichnis nicht gefunden"});
    } else if (fs::is_directory(st)) {
      walk_directory(path, filter, out);
    } else if (filter.selects(file_name(path))) {
      std::uint64_t size = fs::is_regular_file(st) ? fs::file_size(path, ec) : 0;
      out.push_back({path, ec ? 0 : size, ""});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const AuditInput& a, const AuditInput& b) { return a.path < b.path; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const AuditInput& a, const AuditInput& b) { return a.path == b.path && a.error == b.error; }),
            out.end());
  return out;
}

std::optional<Shard> parse_shard(const std::string& text) {
  auto slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  Shard s;
  auto parse = [](std::string_view part, std::size_t& v) {
    auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
    return ec == std::errc() && p == part.data() + part.size() && !part.empty();
  };
  std::string_view t(text);
  if (!parse(t.substr(0, slash), s.index) || !parse(t.substr(slash + 1), s.count)) return std::nullopt;
  if (s.count == 0 || s.index == 0 || s.index > s.count) return std::nullopt;
  return s;
}

std::vector<AuditInput> select_shard(std::vector<AuditInput> inputs, Shard shard) {
  std::size_t n = inputs.size();
  std::size_t begin = (shard.index - 1) * n / shard.count;
  std::size_t end = shard.index * n / shard.count;
  return std::vector<AuditInput>(std::make_move_iterator(inputs.begin() + static_cast<std::ptrdiff_t>(begin)),
                                 std::make_move_iterator(inputs.begin() + static_cast<std::ptrdiff_t>(end)));
}

}  // namespace digitalcheck
