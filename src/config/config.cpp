#include "config/config.hpp"

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "pipeline/finding.hpp"
#include "util/file.hpp"

namespace digitalcheck {

namespace {

int line_of(const YAML::Node& n) { return n.Mark().line >= 0 ? n.Mark().line + 1 : 0; }

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

bool is_rule_id(std::string_view s) {
  // "SF-001", "VA-12": upper-case letters, a dash, digits.
  std::size_t dash = s.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == s.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (i < dash ? !(c >= 'A' && c <= 'Z') : i > dash && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

bool valid_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Reads one config file; every error names the file, the line and the key (as a dotted path).
struct Reader {
  std::string file;
  std::filesystem::path base_dir;

  Error err(const YAML::Node& n, const std::string& key, const std::string& msg) const {
    return Error{file, line_of(n), "'" + key + "': " + msg};
  }

  // Checks that n is a mapping with only `allowed` keys (and no key twice).
  Status keys(const YAML::Node& n, const std::string& key, const std::vector<std::string>& allowed) const {
    if (!n.IsMap()) return err(n, key, "erwartet eine Zuordnung (Schlüssel: Wert)");
    std::set<std::string> seen;
    for (const auto& kv : n) {
      std::string k = kv.first.IsScalar() ? kv.first.Scalar() : "?";
      std::string full = key.empty() ? k : key + "." + k;
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end())
        return Error{file, line_of(kv.first), "unbekannter Schlüssel '" + full + "' (erlaubt: " + join(allowed) + ")"};
      if (!seen.insert(k).second) return Error{file, line_of(kv.first), "Schlüssel '" + full + "' steht doppelt"};
    }
    return Ok{};
  }

  Result<std::string> scalar(const YAML::Node& n, const std::string& key) const {
    if (!n.IsScalar()) return err(n, key, "erwartet einen einzelnen Wert (Text oder Zahl)");
    return n.Scalar();
  }

  Result<std::vector<std::pair<std::string, YAML::Node>>> scalar_list(const YAML::Node& n, const std::string& key) const {
    std::vector<std::pair<std::string, YAML::Node>> out;
    if (n.IsNull()) return out;  // "key:" with nothing after it: an empty list
    if (n.IsScalar()) {  // a single value is a list of one
      out.emplace_back(n.Scalar(), n);
      return out;
    }
    if (!n.IsSequence()) return err(n, key, "erwartet eine Liste");
    for (const auto& item : n) {
      auto s = scalar(item, key);
      if (!s) return s.error();
      out.emplace_back(*s, item);
    }
    return out;
  }

  Result<RuleSelector> selector(const std::string& value, const YAML::Node& n, const std::string& key) const {
    RuleSelector s;
    s.value = value;
    s.line = line_of(n);
    if (value == "*") s.kind = RuleSelector::Kind::all;
    else if (value.size() == 2 && value[0] == 'P' && value[1] >= '1' && value[1] <= '5') s.kind = RuleSelector::Kind::principle;
    else if (is_rule_id(value)) s.kind = RuleSelector::Kind::rule;
    else if (known_categories().count(value)) s.kind = RuleSelector::Kind::category;
    else
      return err(n, key, "'" + value + "' ist weder eine Regel-ID (z. B. SF-001), eine Kategorie (" +
                             join({known_categories().begin(), known_categories().end()}) +
                             "), ein Prinzip (P1 bis P5) noch '*'");
    return s;
  }

  Result<std::optional<Severity>> level(const YAML::Node& n, const std::string& key, bool allow_none) const {
    auto s = scalar(n, key);
    if (!s) return s.error();
    if (allow_none && *s == "none") return std::optional<Severity>{};
    auto sev = parse_severity(*s);
    if (!sev) return err(n, key, "erwartet " + std::string(allow_none ? "none, " : "") + "info, warning oder error, nicht '" + *s + "'");
    return std::optional<Severity>{*sev};
  }

  Result<Glob> glob(const std::string& pattern, const YAML::Node& n, const std::string& key) const {
    auto g = Glob::compile(pattern);
    if (!g) return err(n, key, g.error().message);
    return g;
  }

  Status rules(const YAML::Node& n, Config& c) const {
    if (n.IsNull()) return Ok{};
    if (auto k = keys(n, "rules", {"enable", "disable"}); !k) return k;
    for (auto [name, list] : {std::pair{"enable", &c.enable}, {"disable", &c.disable}}) {
      if (!n[name]) continue;
      std::string key = std::string("rules.") + name;
      auto items = scalar_list(n[name], key);
      if (!items) return items.error();
      for (auto& [value, node] : *items) {
        auto s = selector(value, node, key);
        if (!s) return s.error();
        list->push_back(*s);
      }
    }
    for (const auto& e : c.enable)
      for (const auto& d : c.disable)
        if (e.value == d.value)
          return Error{file, d.line, "'rules': '" + d.value + "' steht in 'enable' und in 'disable'"};
    return Ok{};
  }

  Status severity(const YAML::Node& n, Config& c) const {
    if (n.IsNull()) return Ok{};
    if (!n.IsMap()) return err(n, "severity", "erwartet eine Zuordnung Regel/Kategorie/Prinzip: Schwere");
    std::set<std::string> seen;
    for (const auto& kv : n) {
      auto name = scalar(kv.first, "severity");
      if (!name) return name.error();
      std::string key = "severity." + *name;
      if (!seen.insert(*name).second) return Error{file, line_of(kv.first), "Schlüssel '" + key + "' steht doppelt"};
      auto s = selector(*name, kv.first, key);
      if (!s) return s.error();
      auto sev = level(kv.second, key, false);
      if (!sev) return sev.error();
      c.severity.push_back({*s, **sev});
    }
    return Ok{};
  }

  Status gate(const YAML::Node& n, Config& c) const {
    if (n.IsNull()) return Ok{};
    if (auto k = keys(n, "gate", {"fail_on", "min_score", "baseline"}); !k) return k;
    if (n["fail_on"]) {
      auto sev = level(n["fail_on"], "gate.fail_on", true);
      if (!sev) return sev.error();
      c.gate.fail_on = *sev;
    }
    if (n["min_score"]) {
      auto s = scalar(n["min_score"], "gate.min_score");
      if (!s) return s.error();
      double v = 0;
      std::size_t used = 0;
      try {
        v = std::stod(*s, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (used == 0 || used != s->size() || !std::isfinite(v) || v < 0 || v > 100)
        return err(n["min_score"], "gate.min_score", "erwartet eine Zahl von 0 bis 100, nicht '" + *s + "'");
      c.gate.min_score = v;
    }
    if (n["baseline"]) {
      auto s = scalar(n["baseline"], "gate.baseline");
      if (!s) return s.error();
      if (s->empty()) return err(n["baseline"], "gate.baseline", "leerer Pfad");
      std::filesystem::path p(*s);
      c.baseline = p.is_absolute() ? p.string() : (base_dir / p).lexically_normal().string();
    }
    return Ok{};
  }

  Status globs(const YAML::Node& n, const std::string& key, std::vector<Glob>& out) const {
    auto items = scalar_list(n, key);
    if (!items) return items.error();
    for (auto& [value, node] : *items) {
      auto g = glob(value, node, key);
      if (!g) return g.error();
      out.push_back(*g);
    }
    return Ok{};
  }

  Result<Justification> justification(const YAML::Node& n, std::size_t index) const {
    std::string key = "justifications[" + std::to_string(index + 1) + "]";
    if (auto k = keys(n, key, {"rule", "category", "where", "reason", "by", "date", "file"}); !k) return k.error();
    Justification j;
    j.line = line_of(n);
    for (auto [name, field] : {std::pair{"rule", &j.rule}, {"category", &j.category}, {"where", &j.where},
                               {"reason", &j.reason}, {"by", &j.by}, {"date", &j.date}}) {
      if (!n[name]) continue;
      auto s = scalar(n[name], key + "." + name);
      if (!s) return s.error();
      *field = *s;
    }
    if (j.rule.empty() == j.category.empty())
      return err(n, key, "braucht genau einen der Schlüssel 'rule' (Regel-ID) oder 'category'");
    if (!j.rule.empty() && !is_rule_id(j.rule))
      return err(n["rule"], key + ".rule", "'" + j.rule + "' ist keine Regel-ID (z. B. SF-001)");
    if (!j.category.empty() && !known_categories().count(j.category))
      return err(n["category"], key + ".category", "unbekannte Kategorie '" + j.category + "'");
    if (j.where.empty()) return err(n, key, "'where' fehlt: eine Fundstelle wie \"§ 5 Abs. 2\" oder ein Fingerabdruck");
    if (looks_like_fingerprint(j.where)) {
      j.fingerprint = j.where;
    } else if (auto cite = parse_citation(j.where)) {
      j.citation = *cite;
    } else {
      return err(n["where"], key + ".where",
                 "'" + j.where + "' ist weder eine Fundstelle (z. B. \"§ 5 Abs. 2 Satz 1\") noch ein Fingerabdruck (16 Hexziffern)");
    }
    auto trimmed = j.reason.find_first_not_of(" \t\n");
    if (trimmed == std::string::npos)
      return err(n[ "reason"] ? n["reason"] : n, key + ".reason", "die Begründung ('reason') fehlt oder ist leer");
    if (!j.date.empty() && !valid_date(j.date))
      return err(n["date"], key + ".date", "erwartet ein Datum JJJJ-MM-TT, nicht '" + j.date + "'");
    if (n["file"]) {
      auto s = scalar(n["file"], key + ".file");
      if (!s) return s.error();
      auto g = glob(*s, n["file"], key + ".file");
      if (!g) return g.error();
      j.file = *g;
    }
    return j;
  }
};

}  // namespace

bool RuleSelector::selects(const Rule& r) const {
  switch (kind) {
    case Kind::all: return true;
    case Kind::rule: return r.id == value;
    case Kind::category: return r.category == value;
    case Kind::principle: return r.principle == value;
  }
  return false;
}

bool looks_like_fingerprint(std::string_view s) {
  std::size_t colon = s.find(':');
  std::string_view hex = s.substr(0, colon);
  if (hex.size() != 16) return false;
  for (char c : hex)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  if (colon == std::string_view::npos) return true;
  std::string_view n = s.substr(colon + 1);
  if (n.empty()) return false;
  for (char c : n)
    if (c < '0' || c > '9') return false;
  return true;
}

bool Justification::applies_to_document(std::string_view path) const { return !file || file->matches(path); }

bool Justification::justifies(const Finding& f) const {
  if (!rule.empty() ? f.rule->id != rule : f.rule->category != category) return false;
  if (citation) return citation->covers(f.citation);
  return f.fingerprint == fingerprint;
}

std::string Justification::describe() const { return (rule.empty() ? category : rule) + " in " + where; }

Result<Config> Config::parse(const std::string& path, const std::string& text) {
  Reader rd{path, std::filesystem::path(path).parent_path()};
  Config c;
  c.path = path;
  YAML::Node loaded;
  try {
    loaded = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return Error{path, e.mark.line >= 0 ? e.mark.line + 1 : 0, "YAML-Fehler: " + e.msg};
  }
  const YAML::Node& root = loaded;  // const: lookups must not insert keys
  if (root.IsNull()) return c;  // an empty file (or only comments) is a valid, empty config
  if (auto k = rd.keys(root, "", {"version", "rules", "severity", "gate", "include", "exclude", "justifications"}); !k)
    return k.error();
  if (root["version"]) {
    auto v = rd.scalar(root["version"], "version");
    if (!v) return v.error();
    if (*v != "1") return rd.err(root["version"], "version", "nur Version 1 wird unterstützt, nicht '" + *v + "'");
  }
  if (root["rules"])
    if (auto s = rd.rules(root["rules"], c); !s) return s.error();
  if (root["severity"])
    if (auto s = rd.severity(root["severity"], c); !s) return s.error();
  if (root["gate"])
    if (auto s = rd.gate(root["gate"], c); !s) return s.error();
  if (root["include"])
    if (auto s = rd.globs(root["include"], "include", c.files.include); !s) return s.error();
  if (root["exclude"])
    if (auto s = rd.globs(root["exclude"], "exclude", c.files.exclude); !s) return s.error();
  if (const YAML::Node& js = root["justifications"]) {
    if (!js.IsSequence() && !js.IsNull())
      return rd.err(js, "justifications", "erwartet eine Liste von Einträgen mit rule/category, where und reason");
    std::size_t i = 0;
    for (const auto& n : js) {
      auto j = rd.justification(n, i++);
      if (!j) return j.error();
      c.justifications.push_back(std::move(*j));
    }
  }
  return c;
}

Result<Config> Config::load(const std::string& path) {
  auto text = read_file(path);
  if (!text) return Error{path, 0, "Konfiguration nicht lesbar: " + text.error().message};
  return parse(path, *text);
}

Status Config::validate(const RuleBase& rules) const {
  auto known = [&](const std::string& id) { return rules.find(id) != nullptr; };
  for (auto [list, key] : {std::pair{&enable, "rules.enable"}, {&disable, "rules.disable"}})
    for (const auto& s : *list)
      if (s.kind == RuleSelector::Kind::rule && !known(s.value))
        return Error{path, s.line, "'" + std::string(key) + "': unbekannte Regel '" + s.value + "' (siehe 'digitalcheck rules list')"};
  for (const auto& o : severity)
    if (o.selector.kind == RuleSelector::Kind::rule && !known(o.selector.value))
      return Error{path, o.selector.line, "'severity." + o.selector.value + "': unbekannte Regel '" + o.selector.value + "'"};
  for (std::size_t i = 0; i < justifications.size(); ++i) {
    const auto& j = justifications[i];
    if (!j.rule.empty() && !known(j.rule))
      return Error{path, j.line, "'justifications[" + std::to_string(i + 1) + "].rule': unbekannte Regel '" + j.rule + "'"};
  }
  return Ok{};
}

bool Config::rule_enabled(const Rule& r) const {
  int best = -1;
  bool on = true;
  for (auto [list, value] : {std::pair{&enable, true}, {&disable, false}})
    for (const auto& s : *list)
      if (s.selects(r) && s.specificity() > best) {
        best = s.specificity();
        on = value;
      }
  return on;
}

Severity Config::severity_for(const Rule& r) const {
  int best = -1;
  Severity sev = r.severity;
  for (const auto& o : severity)
    if (o.selector.selects(r) && o.selector.specificity() >= best) {
      best = o.selector.specificity();
      sev = o.severity;
    }
  return sev;
}

std::string find_config(const std::string& start_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::weakly_canonical(fs::absolute(start_dir, ec), ec);
  if (ec) return "";
  for (;;) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return "";
    dir = dir.parent_path();
  }
}

}  // namespace digitalcheck
