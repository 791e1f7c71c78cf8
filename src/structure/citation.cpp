#include "structure/citation.hpp"

#include <re2/re2.h>

#include <algorithm>

namespace digitalcheck {

std::string Citation::display() const {
  std::string out = norm;
  auto add = [&out](const std::string& part) {
    if (!out.empty()) out += ' ';
    out += part;
  };
  if (!absatz.empty()) add("Abs. " + absatz);
  if (satz > 0) add("Satz " + std::to_string(satz));
  if (!nummer.empty()) add("Nr. " + nummer);
  if (!buchstabe.empty()) add("Buchst. " + buchstabe);
  if (!doppelbuchstabe.empty()) add("Doppelbuchst. " + doppelbuchstabe);
  return out;
}

}  // namespace digitalcheck

namespace digitalcheck {

std::string norm_key(std::string_view norm) {
  std::string s;
  for (char c : norm) {
    if (c == ' ' || c == '.' || c == '\t') continue;
    s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string para = "\xc2\xa7";  // §
  while (s.starts_with(para + para)) s.erase(0, para.size());
  if (s.starts_with("artikel")) s.replace(0, 7, "art");
  else if (s.starts_with("paragraph")) s.replace(0, 9, para);
  return s;
}

bool Citation::covers(const Citation& inner) const {
  if (norm_key(norm) != norm_key(inner.norm)) return false;
  if (!absatz.empty() && absatz != inner.absatz) return false;
  if (satz > 0 && satz != inner.satz) return false;
  if (!nummer.empty() && nummer != inner.nummer) return false;
  if (!buchstabe.empty() && buchstabe != inner.buchstabe) return false;
  if (!doppelbuchstabe.empty() && doppelbuchstabe != inner.doppelbuchstabe) return false;
  return true;
}

std::optional<Citation> parse_citation(std::string_view text) {
  static const RE2 norm_re(R"(^\s*((?:§+|Art(?:ikel|\.)?|Paragraph|Anlage)\s*\d+\s*[a-z]?)\b\s*)");
  static const RE2 part_re(
      R"(^(Abs\.|Absatz|Satz|S\.|Nr\.|Nummer|Buchst\.|Buchstabe|lit\.|Doppelbuchst\.|Doppelbuchstabe)\s*(\d+[a-z]?|[a-z]{1,2})\b\s*)");
  re2::StringPiece in(text.data(), text.size());
  Citation c;
  std::string norm;
  if (!RE2::Consume(&in, norm_re, &norm)) return std::nullopt;
  // "§ 5a" and "§ 5 a" mean the same norm; keep the compact spelling.
  while (!norm.empty() && norm.back() == ' ') norm.pop_back();
  c.norm = norm;
  std::string kind, value;
  int level = 0;  // parts must come in citation order
  while (!in.empty()) {
    if (!RE2::Consume(&in, part_re, &kind, &value)) return std::nullopt;
    const bool is_number = value[0] >= '0' && value[0] <= '9';
    int this_level;
    if (kind == "Abs." || kind == "Absatz") this_level = 1;
    else if (kind == "Satz" || kind == "S.") this_level = 2;
    else if (kind == "Nr." || kind == "Nummer") this_level = 3;
    else if (kind == "Buchst." || kind == "Buchstabe" || kind == "lit.") this_level = 4;
    else this_level = 5;
    if (this_level <= level) return std::nullopt;
    level = this_level;
    if ((this_level <= 3) != is_number) return std::nullopt;
    switch (this_level) {
      case 1: c.absatz = value; break;
      case 2:
        if (!std::all_of(value.begin(), value.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return std::nullopt;
        c.satz = std::stoi(value);
        break;
      case 3: c.nummer = value; break;
      case 4:
        if (value.size() != 1) return std::nullopt;
        c.buchstabe = value;
        break;
      default:
        if (value.size() != 2) return std::nullopt;
        c.doppelbuchstabe = value;
    }
  }
  return c;
}

}  // namespace digitalcheck
