#include "eval/labels.hpp"

#include <sstream>

#include "match/rule_base.hpp"

namespace digitalcheck {

namespace {

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

}  // namespace

Result<ExpectedFindings> parse_label_list(const std::string& text, const std::string& file, int line) {
  ExpectedFindings out;
  std::string t = trim(text);
  if (t == "-") return out;
  if (t.empty()) return Error{file, line, "Label fehlt (für „kein Befund“ ein „-“ schreiben)"};
  for (const auto& part : split(t, ',')) {
    std::string p = trim(part);
    std::string cat = p, status = "open";
    if (auto colon = p.find(':'); colon != std::string::npos) {
      cat = trim(p.substr(0, colon));
      status = trim(p.substr(colon + 1));
    }
    if (!is_known_category(cat)) return Error{file, line, "unbekannte Kategorie '" + cat + "'"};
    if (status != "open" && status != "mitigated")
      return Error{file, line, "unbekannter Status '" + status + "' (erlaubt: open, mitigated)"};
    if (out.count(cat)) return Error{file, line, "Kategorie '" + cat + "' doppelt"};
    out[cat] = status;
  }
  return out;
}

std::string labels_text(const ExpectedFindings& e) {
  if (e.empty()) return "-";
  std::string s;
  for (const auto& [c, st] : e) s += (s.empty() ? "" : ", ") + c + (st == "open" ? "" : ":" + st);
  return s;
}

Result<std::vector<OwnDocument>> parse_own_corpus(const std::string& file, const std::string& content) {
  std::vector<OwnDocument> docs;
  std::istringstream in(content);
  std::string raw;
  int line = 0;
  auto current_doc = [&]() -> OwnDocument& {
    if (docs.empty()) docs.push_back(OwnDocument{file, line, "", {}});
    return docs.back();
  };
  auto current_provision = [&]() -> OwnProvision& {
    auto& d = current_doc();
    if (d.provisions.empty()) d.provisions.push_back({});
    return d.provisions.back();
  };
  while (std::getline(in, raw)) {
    ++line;
    std::string s = trim(raw);
    if (s.empty() || s.rfind("//", 0) == 0) continue;
    if (s[0] == '=') {
      docs.push_back(OwnDocument{file, line, trim(s.substr(1)), {}});
      continue;
    }
    if (s.rfind("§", 0) == 0 || s.rfind("Art", 0) == 0) {
      if (s.find('|') == std::string::npos) {
        current_doc().provisions.push_back(OwnProvision{s, {}});
        continue;
      }
    }
    auto bar = s.find('|');
    if (bar == std::string::npos)
      return Error{file, line, "erwartet „Labels | Satz“, „= Titel“ oder „§ N Überschrift“"};
    auto labels = parse_label_list(s.substr(0, bar), file, line);
    if (!labels) return labels.error();
    std::string text = trim(s.substr(bar + 1));
    if (text.empty()) return Error{file, line, "Satz fehlt nach „|“"};
    current_provision().sentences.push_back(OwnSentence{text, *labels, line});
  }
  if (docs.empty()) return Error{file, 0, "keine Sätze gefunden"};
  return docs;
}

Result<std::vector<RealLabel>> parse_real_labels(const std::string& file, const std::string& content) {
  std::vector<RealLabel> out;
  std::istringstream in(content);
  std::string raw;
  int line = 0;
  while (std::getline(in, raw)) {
    ++line;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    if (trim(raw).empty() || raw[0] == '#') continue;
    auto cols = split(raw, '\t');
    if (cols.size() < 5)
      return Error{file, line, "erwartet 5 oder 6 Spalten (Datei, Norm, Satz, Prüfsumme, Labels, Notiz), getrennt durch Tabulatoren"};
    RealLabel l;
    l.line = line;
    l.file = trim(cols[0]);
    l.norm = trim(cols[1]);
    try {
      std::size_t used = 0;
      l.satz = std::stoi(cols[2], &used);
      if (used != trim(cols[2]).size() || l.satz < 1) throw std::invalid_argument("satz");
    } catch (const std::exception&) {
      return Error{file, line, "Satznummer muss eine positive ganze Zahl sein: '" + cols[2] + "'"};
    }
    l.hash = trim(cols[3]);
    auto labels = parse_label_list(cols[4], file, line);
    if (!labels) return labels.error();
    l.expected = *labels;
    if (cols.size() > 5) l.note = trim(cols[5]);
    if (l.file.empty() || l.norm.empty()) return Error{file, line, "Datei und Norm dürfen nicht leer sein"};
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace digitalcheck
