#include "match/rule_base.hpp"

#include <re2/re2.h>
#include <re2/set.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "match/embedded_rules.hpp"
#include "util/file.hpp"

namespace digitalcheck {

const char* to_string(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "warning";
}

std::optional<Severity> parse_severity(const std::string& s) {
  if (s == "info") return Severity::info;
  if (s == "warning") return Severity::warning;
  if (s == "error") return Severity::error;
  return std::nullopt;
}

std::shared_ptr<re2::RE2> compile_pattern(const std::string& pattern, bool case_sensitive, std::string* error) {
  RE2::Options opt;
  opt.set_encoding(RE2::Options::EncodingUTF8);
  opt.set_case_sensitive(case_sensitive);
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);
  auto re = std::make_shared<re2::RE2>(pattern, opt);
  if (!re->ok()) {
    if (error) *error = re->error();
    return nullptr;
  }
  return re;
}

namespace {

// The categories of DOMAIN.md §3 and the further families documented in docs/rules.md.

// yaml-cpp's messages in German where we know them (the original stays in brackets for searching).
std::string yaml_error(const YAML::Exception& e) {
  static const std::pair<const char*, const char*> known[] = {
      {"illegal map value", "unzulässiger Doppelpunkt – Text mit ': ' in Anführungszeichen setzen"},
      {"end of map not found", "Zuordnung nicht sauber beendet – Einrückung prüfen"},
      {"end of sequence not found", "Liste nicht sauber beendet – Einrückung prüfen"},
      {"end of map flow not found", "schließende '}' fehlt"},
      {"end of sequence flow not found", "schließende ']' fehlt"},
      {"unknown escape character", "unbekannte Escape-Folge in doppelten Anführungszeichen – Muster in einfache "
                                   "Anführungszeichen setzen"},
      {"illegal EOF in scalar", "Anführungszeichen nicht geschlossen"},
      {"illegal block entry", "unzulässiger Listeneintrag '-' – Einrückung prüfen"},
      {"illegal map key", "unzulässiger Schlüssel"},
      {"illegal flow end", "unerwartete schließende Klammer"},
      {"bad conversion", "Wert hat den falschen Typ (Text, Liste oder Zuordnung erwartet)"},
  };
  for (const auto& [en, de] : known)
    if (e.msg.rfind(en, 0) == 0) return std::string("YAML-Fehler: ") + de + " (" + e.msg + ")";
  return "YAML-Fehler: " + e.msg;
}
}  // namespace

bool is_known_category(const std::string& category) { return known_categories().count(category) > 0; }

namespace {

int line_of(const YAML::Node& n) { return n.Mark().line >= 0 ? n.Mark().line + 1 : 0; }

// Validates the patterns of one load without compiling each of them: RE2::Set::Add only parses a
// pattern (a syntax error then names the pattern's own line), and a single compile of all of them at the
// end finds those that match the empty text. The regexes a check uses are compiled on first use
// (LazyRegex), so start-up compiles no rule's own regexes.
class PatternCheck {
 public:
  // Case folding changes neither whether a pattern parses nor whether it matches the empty text, so one
  // case-sensitive set checks all patterns (and compiles much faster than a case-folded one).
  PatternCheck() {
    RE2::Options opt;
    opt.set_encoding(RE2::Options::EncodingUTF8);
    opt.set_case_sensitive(true);
    opt.set_log_errors(false);
    opt.set_max_mem(256 << 20);
    set_ = std::make_unique<RE2::Set>(opt, RE2::ANCHOR_BOTH);
  }

  // Parses `pattern`; false with `error` set when RE2 rejects it.
  bool add(const std::string& pattern, const std::string& file, int line, std::string* error) {
    if (!seen_.insert(pattern).second) return true;
    if (set_->Add(pattern, error) < 0) return false;
    origins_.push_back(Error{file, line, "Muster '" + pattern + "' passt auch auf leeren Text"});
    return true;
  }

  // The first pattern (in the order added) that matches the empty text.
  std::optional<Error> empty_match() {
    if (origins_.empty()) return std::nullopt;
    if (!set_->Compile()) return Error{origins_.front().file, 0, "Regelbasis zu groß für RE2 (Speichergrenze)"};
    std::vector<int> hits;
    if (!set_->Match("", &hits)) return std::nullopt;
    return origins_[static_cast<std::size_t>(*std::min_element(hits.begin(), hits.end()))];
  }

 private:
  std::unique_ptr<RE2::Set> set_;
  std::vector<Error> origins_;
  std::set<std::string> seen_;
};

struct Loader {
  std::string file;
  std::map<std::string, std::vector<std::string>>& pattern_sets;
  PatternCheck& check;

  Error err(const YAML::Node& n, const std::string& msg) const { return Error{file, line_of(n), msg}; }

  Result<std::string> scalar(const YAML::Node& n, const std::string& key) const {
    if (!n.IsScalar()) return err(n, "'" + key + "' muss ein Text sein");
    return n.as<std::string>();
  }

  // Checks one pattern where it is written, so that the error names its own line. "@name" refers to a
  // pattern set (checked where the set is defined).
  Status check_pattern(const YAML::Node& n, const std::string& pattern) const {
    if (pattern.empty()) return err(n, "leeres Muster");
    if (pattern[0] == '@') return Ok{};
    std::string error;
    if (!check.add(pattern, file, line_of(n), &error))
      return err(n, "ungültiges Muster '" + pattern + "': " + error);
    return Ok{};
  }

  Result<std::vector<std::string>> pattern_list(const YAML::Node& n, const std::string& key) const {
    auto list = string_list(n, key);
    if (!list) return list.error();
    std::size_t i = 0;
    for (const auto& p : *list) {
      auto st = check_pattern(n.IsSequence() ? n[i] : n, p);
      if (!st) return st.error();
      ++i;
    }
    return list;
  }

  Result<std::vector<std::string>> string_list(const YAML::Node& n, const std::string& key) const {
    std::vector<std::string> out;
    if (n.IsScalar()) {
      out.push_back(n.as<std::string>());
      return out;
    }
    if (!n.IsSequence()) return err(n, "'" + key + "' muss eine Liste von Texten sein");
    for (const auto& item : n) {
      if (!item.IsScalar()) return err(item, "'" + key + "' muss eine Liste von Texten sein");
      out.push_back(item.as<std::string>());
    }
    return out;
  }

  Result<RuleExample> example(const YAML::Node& n, bool is_match) const {
    RuleExample ex;
    ex.line = line_of(n);
    std::string text;
    if (n.IsScalar()) {
      text = n.as<std::string>();
    } else if (n.IsMap()) {
      for (const auto& kv : n) {
        std::string k = kv.first.as<std::string>();
        if (k == "text") text = kv.second.as<std::string>();
        else if (k == "status" && is_match) ex.expected_status = kv.second.as<std::string>();
        else if (k == "title") ex.title = kv.second.as<std::string>();
        else if (k == "heading") ex.heading = kv.second.as<std::string>();
        else return err(kv.first, "unbekannter Schlüssel '" + k + "' in einem Beispiel");
      }
      if (ex.expected_status != "open" && ex.expected_status != "mitigated")
        return err(n, "Beispielstatus muss 'open' oder 'mitigated' sein");
    } else {
      return err(n, "ein Beispiel muss ein Text oder eine Zuordnung mit 'text' sein");
    }
    if (is_match) {
      auto b = text.find("[[");
      auto e = text.find("]]");
      if (b == std::string::npos || e == std::string::npos || e < b)
        return err(n, "match-Beispiel ohne markierten Treffer [[...]]");
      if (e == b + 2) return err(n, "match-Beispiel mit leerem Treffer [[]]");
      if (text.find("[[", b + 2) != std::string::npos)
        return err(n, "match-Beispiel mit mehr als einem markierten Treffer [[...]]");
      ex.span_begin = b;
      ex.span_end = e - 2;
      text.erase(e, 2);
      text.erase(b, 2);
    } else if (text.find("[[") != std::string::npos) {
      return err(n, "no_match-Beispiel darf keinen markierten Treffer [[...]] enthalten");
    }
    ex.text = std::move(text);
    return ex;
  }

  Result<Rule> rule(const YAML::Node& n) const {
    if (!n.IsMap()) return err(n, "eine Regel muss eine Zuordnung sein");
    Rule r;
    r.file = file;
    r.line = line_of(n);
    bool has_examples = false;
    std::set<std::string> seen_keys;
    YAML::Node category_node, principle_node, id_node;
    for (const auto& kv : n) {
      const std::string key = kv.first.as<std::string>();
      const YAML::Node& v = kv.second;
      if (!seen_keys.insert(key).second) return err(kv.first, "Schlüssel '" + key + "' ist in der Regel doppelt");
      auto text = [&](std::string& dst) -> Status {
        auto s = scalar(v, key);
        if (!s) return s.error();
        dst = *s;
        return Ok{};
      };
      auto list = [&](std::vector<std::string>& dst) -> Status {
        auto s = string_list(v, key);
        if (!s) return s.error();
        dst = *s;
        return Ok{};
      };
      auto patterns = [&](std::vector<std::string>& dst) -> Status {
        auto s = pattern_list(v, key);
        if (!s) return s.error();
        dst = *s;
        return Ok{};
      };
      Status st = Ok{};
      if (key == "id") st = text(r.id), id_node = v;
      else if (key == "category") st = text(r.category), category_node = v;
      else if (key == "principle") st = text(r.principle), principle_node = v;
      else if (key == "title") st = text(r.title);
      else if (key == "message") st = text(r.message);
      else if (key == "suggestion") st = text(r.suggestion);
      else if (key == "references") st = list(r.references);
      else if (key == "patterns") st = patterns(r.patterns);
      else if (key == "unless") st = patterns(r.unless);
      else if (key == "mitigated_by") st = patterns(r.mitigated_by);
      else if (key == "unless_document") st = patterns(r.unless_document);
      else if (key == "unless_heading") st = patterns(r.unless_heading);
      else if (key == "severity") {
        std::string s;
        st = text(s);
        if (st) {
          auto sev = parse_severity(s);
          if (!sev) return err(v, "unbekannte Schwere '" + s + "' (erlaubt: info, warning, error)");
          r.severity = *sev;
        }
      } else if (key == "scope") {
        std::string s;
        st = text(s);
        if (st) {
          if (s == "sentence") r.scope = Scope::sentence;
          else if (s == "paragraph") r.scope = Scope::paragraph;
          else return err(v, "unbekannter Bereich '" + s + "' (erlaubt: sentence, paragraph)");
        }
      } else if (key == "whole_word" || key == "case_sensitive") {
        if (!v.IsScalar() || (v.as<std::string>() != "true" && v.as<std::string>() != "false"))
          return err(v, "'" + key + "' muss true oder false sein");
        (key == "whole_word" ? r.whole_word : r.case_sensitive) = v.as<std::string>() == "true";
      } else if (key == "fix") {
        if (!v.IsSequence()) return err(v, "'fix' muss eine Liste von Zuordnungen mit 'replace' und 'with' sein");
        for (const auto& item : v) {
          if (!item.IsMap()) return err(item, "'fix' muss eine Liste von Zuordnungen mit 'replace' und 'with' sein");
          RuleFix fx;
          fx.line = line_of(item);
          for (const auto& fkv : item) {
            std::string fk = fkv.first.as<std::string>();
            if (!fkv.second.IsScalar()) return err(fkv.second, "'" + fk + "' muss ein Text sein");
            if (fk == "replace") fx.replace = fkv.second.as<std::string>();
            else if (fk == "with") fx.with = fkv.second.as<std::string>();
            else return err(fkv.first, "unbekannter Schlüssel '" + fk + "' in 'fix' (erlaubt: replace, with)");
          }
          if (fx.replace.empty() || fx.with.empty()) return err(item, "'fix' braucht 'replace' und 'with'");
          r.fixes.push_back(std::move(fx));
        }
      } else if (key == "examples") {
        has_examples = true;
        if (!v.IsMap()) return err(v, "'examples' muss 'match' und 'no_match' enthalten");
        for (const auto& ekv : v) {
          std::string ek = ekv.first.as<std::string>();
          if (ek != "match" && ek != "no_match") return err(ekv.first, "unbekannter Schlüssel '" + ek + "' in 'examples'");
          if (!ekv.second.IsSequence()) return err(ekv.second, "'" + ek + "' muss eine Liste sein");
          for (const auto& item : ekv.second) {
            auto ex = example(item, ek == "match");
            if (!ex) return ex.error();
            (ek == "match" ? r.match_examples : r.no_match_examples).push_back(std::move(*ex));
          }
        }
      } else {
        return err(kv.first, "unbekannter Schlüssel '" + key + "' in Regel");
      }
      if (!st) return st.error();
    }
    auto need = [&](const std::string& value, const char* key) -> Status {
      if (value.empty()) return err(n, std::string("Regel ohne '") + key + "'");
      return Ok{};
    };
    for (auto [value, key] : {std::pair{&r.id, "id"}, {&r.category, "category"}, {&r.principle, "principle"},
                              {&r.title, "title"}, {&r.message, "message"}, {&r.suggestion, "suggestion"}}) {
      auto s = need(*value, key);
      if (!s) return s.error();
    }
    if (!RE2::FullMatch(r.id, R"([A-Z][A-Z0-9]*-[0-9]+)"))
      return err(id_node, "Regel-ID '" + r.id + "' hat nicht die Form KÜRZEL-NUMMER (z. B. SF-001)");
    if (!known_categories().count(r.category)) {
      std::string allowed;
      for (const auto& c : known_categories()) allowed += (allowed.empty() ? "" : ", ") + c;
      return err(category_node, "Regel " + r.id + ": unbekannte Kategorie '" + r.category + "' (erlaubt: " + allowed + ")");
    }
    if (r.principle.size() != 2 || r.principle[0] != 'P' || r.principle[1] < '1' || r.principle[1] > '5')
      return err(principle_node, "Regel " + r.id + ": Prinzip muss P1 bis P5 sein, nicht '" + r.principle + "'");
    if (r.patterns.empty()) return err(n, "Regel " + r.id + " ohne 'patterns'");
    if (!has_examples || r.match_examples.empty() || r.no_match_examples.empty())
      return err(n, "Regel " + r.id + ": braucht mindestens ein 'match'- und ein 'no_match'-Beispiel");
    return r;
  }
};

Status expand_sets(Rule& r, const std::map<std::string, std::vector<std::string>>& sets) {
  for (auto* list : {&r.patterns, &r.unless, &r.mitigated_by, &r.unless_document, &r.unless_heading}) {
    std::vector<std::string> out;
    for (const auto& p : *list) {
      if (p.size() > 1 && p[0] == '@') {
        auto it = sets.find(p.substr(1));
        if (it == sets.end()) return Error{r.file, r.line, "Regel " + r.id + ": unbekannte Mustergruppe '" + p + "'"};
        out.insert(out.end(), it->second.begin(), it->second.end());
      } else {
        out.push_back(p);
      }
    }
    *list = std::move(out);
  }
  return Ok{};
}

LazyRegex alternation(const std::vector<std::string>& patterns, bool case_sensitive) {
  if (patterns.empty()) return {};
  std::string alt;
  for (const auto& p : patterns) {
    if (!alt.empty()) alt += '|';
    alt += "(?:" + p + ")";
  }
  return LazyRegex(std::move(alt), case_sensitive);
}

// The patterns were checked where they are written; what a check needs of them is compiled on first use.
// Fixes are compiled now: checking the rewrite needs the pattern's groups, and few rules have fixes.
Status compile_rule(Rule& r) {
  for (const auto& p : r.patterns) r.compiled_patterns.emplace_back(p, r.case_sensitive);
  for (auto& fx : r.fixes) {
    std::string error;
    fx.compiled = compile_pattern(fx.replace, true, &error);
    if (!fx.compiled)
      return Error{r.file, fx.line, "Regel " + r.id + ": ungültiges fix-Muster '" + fx.replace + "': " + error};
    if (!fx.compiled->CheckRewriteString(fx.with, &error))
      return Error{r.file, fx.line, "Regel " + r.id + ": ungültige fix-Ersetzung '" + fx.with + "': " + error};
  }
  r.compiled_unless = alternation(r.unless, r.case_sensitive);
  r.compiled_mitigated_by = alternation(r.mitigated_by, r.case_sensitive);
  r.compiled_unless_document = alternation(r.unless_document, false);
  r.compiled_unless_heading = alternation(r.unless_heading, false);
  return Ok{};
}

}  // namespace

const std::set<std::string>& known_categories() {
  static const std::set<std::string> c = {
      "schriftform", "unterschrift", "persoenlich", "original", "vordruck", "post", "aushang", "siegel",
      // further families (docs/rules.md)
      "aushaendigung", "lichtbild", "papierregister", "nachweis", "technologie", "automatisierung",
      "datenschutz"};
  return c;
}

Result<RuleBase> RuleBase::load(const std::vector<RuleSource>& sources) {
  RuleBase base;
  std::map<std::string, std::vector<std::string>> pattern_sets;
  std::map<std::string, std::string> set_origin;
  PatternCheck check;
  for (const auto& src : sources) {
    YAML::Node root;
    try {
      root = YAML::Load(src.content);
    } catch (const YAML::Exception& e) {
      return Error{src.name, e.mark.line >= 0 ? e.mark.line + 1 : 0, yaml_error(e)};
    }
    Loader loader{src.name, pattern_sets, check};
    if (!root.IsMap()) return Error{src.name, 1, "Regeldatei muss eine Zuordnung mit 'rules' sein"};
    try {
      for (const auto& kv : root) {
        std::string key = kv.first.as<std::string>();
        if (key == "pattern_sets") {
          if (!kv.second.IsMap()) return loader.err(kv.second, "'pattern_sets' muss eine Zuordnung sein");
          for (const auto& set : kv.second) {
            std::string name = set.first.as<std::string>();
            if (pattern_sets.count(name))
              return loader.err(set.first, "Mustergruppe '" + name + "' schon in " + set_origin[name] + " definiert");
            auto list = loader.pattern_list(set.second, name);
            if (!list) return list.error();
            for (const auto& p : *list)
              if (p[0] == '@') return loader.err(set.second, "Mustergruppe '" + name + "' darf keine andere Gruppe enthalten");
            pattern_sets[name] = *list;
            set_origin[name] = src.name;
          }
        } else if (key == "rules") {
          if (!kv.second.IsSequence()) return loader.err(kv.second, "'rules' muss eine Liste sein");
          for (const auto& rn : kv.second) {
            auto r = loader.rule(rn);
            if (!r) return r.error();
            base.rules_.push_back(std::move(*r));
          }
        } else {
          return loader.err(kv.first, "unbekannter Schlüssel '" + key + "' (erlaubt: rules, pattern_sets)");
        }
      }
    } catch (const YAML::Exception& e) {
      return Error{src.name, e.mark.line >= 0 ? e.mark.line + 1 : 0, yaml_error(e)};
    }
  }
  if (auto empty = check.empty_match()) return *empty;
  std::map<std::string, const Rule*> ids;
  for (auto& r : base.rules_) {
    auto [it, fresh] = ids.emplace(r.id, &r);
    if (!fresh)
      return Error{r.file, r.line,
                   "Regel-ID " + r.id + " ist doppelt vergeben (zuerst in " + it->second->file + ":" +
                       std::to_string(it->second->line) + ")"};
    auto s = expand_sets(r, pattern_sets);
    if (!s) return s.error();
    s = compile_rule(r);
    if (!s) return s.error();
  }
  std::sort(base.rules_.begin(), base.rules_.end(), [](const Rule& a, const Rule& b) { return a.id < b.id; });
  if (base.rules_.empty()) return Error{sources.empty() ? "" : sources.front().name, 0, "keine Regeln gefunden"};
  return base;
}

Result<RuleBase> RuleBase::load_embedded() {
  std::vector<RuleSource> sources;
  for (const auto& f : embedded_rule_files()) sources.push_back({"rules/" + std::string(f.name), std::string(f.content)});
  return load(sources);
}

Result<RuleBase> RuleBase::load_directory(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error{dir, 0, "Regelverzeichnis nicht gefunden"};
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == ".yaml") files.push_back(it->path().string());
  if (ec) return Error{dir, 0, "Regelverzeichnis nicht lesbar: " + ec.message()};
  std::sort(files.begin(), files.end());
  std::vector<RuleSource> sources;
  for (const auto& f : files) {
    auto content = read_file(f);
    if (!content) return content.error();
    sources.push_back({f, std::move(*content)});
  }
  if (sources.empty()) return Error{dir, 0, "keine Regeldateien (*.yaml) gefunden"};
  return load(sources);
}

const Rule* RuleBase::find(const std::string& id) const {
  for (const auto& r : rules_)
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace digitalcheck
