#include "structure/marks.hpp"

#include <array>
#include <cctype>

namespace digitalcheck {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Words after "N." that make it a date or an ordinal rather than an item number.
bool is_ordinal_noun(std::string_view w) {
  static const std::array<std::string_view, 30> words = {
      "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
      "November", "Dezember", "Jan", "Feb", "Lebensjahr", "Lebensjahres", "Jahr", "Jahres", "Halbjahr",
      "Quartal", "Quartals", "Monat", "Monats", "Klasse", "Schuljahr", "Semester", "Halbsatz", "Alternative",
      "Grades", "Ordnung"};
  for (auto x : words)
    if (w == x) return true;
  return false;
}

std::string_view word_at(std::string_view text, std::size_t pos) {
  std::size_t e = pos;
  while (e < text.size() && !is_blank(text[e]) && text[e] != ',' && text[e] != '.' && text[e] != ';' &&
         text[e] != ':' && text[e] != ')')
    ++e;
  return text.substr(pos, e - pos);
}

}  // namespace

std::optional<Mark> lex_mark(std::string_view t, std::size_t pos) {
  if (pos >= t.size()) return std::nullopt;
  Mark m;
  m.begin = static_cast<std::uint32_t>(pos);
  std::size_t i = pos;
  char c = t[i];
  if (c == '(') {  // (2), (2a)
    std::size_t k = i + 1;
    while (k < t.size() && k - i <= 3 && is_digit(t[k])) ++k;
    if (k == i + 1) return std::nullopt;
    std::size_t digits_end = k;
    if (k < t.size() && is_lower(t[k])) ++k;
    if (k >= t.size() || t[k] != ')' || digits_end - i > 4) return std::nullopt;
    m.kind = MarkKind::absatz;
    m.label = std::string(t.substr(i + 1, k - i - 1));
    m.end = static_cast<std::uint32_t>(k + 1);
    return m;
  }
  if (is_digit(c)) {  // 3. 3a.
    std::size_t k = i;
    while (k < t.size() && is_digit(t[k])) ++k;
    if (k - i > 3) return std::nullopt;
    if (k < t.size() && is_lower(t[k]) && k + 1 < t.size() && t[k + 1] == '.') ++k;
    if (k >= t.size() || t[k] != '.') return std::nullopt;
    std::size_t after = k + 1;
    if (after < t.size() && (is_digit(t[after]) || t[after] == '.' || t[after] == ',' || t[after] == ')'))
      return std::nullopt;
    std::size_t w = after;
    while (w < t.size() && (is_blank(t[w]) || (t.compare(w, 2, "\xC2\xA0") == 0 && ++w))) ++w;
    if (w < t.size() && is_ordinal_noun(word_at(t, w))) return std::nullopt;
    m.kind = MarkKind::nummer;
    m.label = std::string(t.substr(i, k - i));
    m.end = static_cast<std::uint32_t>(after);
    return m;
  }
  if (is_lower(c)) {  // b) bb)
    std::size_t k = i + 1;
    if (k < t.size() && t[k] == c) ++k;
    if (k >= t.size() || t[k] != ')') return std::nullopt;
    if (k + 1 < t.size() && !is_blank(t[k + 1]) && !(static_cast<unsigned char>(t[k + 1]) >= 0x80) &&
        !std::isalpha(static_cast<unsigned char>(t[k + 1])))
      return std::nullopt;  // "a)," "a)." are references, not items
    m.kind = k == i + 1 ? MarkKind::buchstabe : MarkKind::doppelbuchstabe;
    m.label = std::string(t.substr(i, k - i));
    m.end = static_cast<std::uint32_t>(k + 1);
    return m;
  }
  // Dashes and bullets: "-", "–" (U+2013), "•" (U+2022) followed by a blank.
  std::size_t len = 0;
  if (c == '-' || c == '*') len = 1;
  else if (t.compare(i, 3, "\xE2\x80\x93") == 0 || t.compare(i, 3, "\xE2\x80\xA2") == 0) len = 3;
  if (len && (i + len >= t.size() || is_blank(t[i + len]))) {
    m.kind = MarkKind::bullet;
    m.end = static_cast<std::uint32_t>(i + len);
    return m;
  }
  return std::nullopt;
}

std::string next_label(MarkKind kind, const std::string& label) {
  if (label.empty()) return kind == MarkKind::nummer ? "1" : kind == MarkKind::buchstabe ? "a" : "aa";
  if (kind == MarkKind::nummer || kind == MarkKind::absatz) {
    std::size_t k = 0;
    while (k < label.size() && is_digit(label[k])) ++k;
    if (k == 0) return "";
    return std::to_string(std::stoi(label.substr(0, k)) + 1);
  }
  char c = label[0];
  if (c >= 'z') return "";
  return std::string(label.size(), static_cast<char>(c + 1));
}

std::string normalize_norm(std::string_view n) {
  auto rest_after = [&](std::size_t k) {
    while (k < n.size() && (is_blank(n[k]) || n[k] == '.')) ++k;
    std::string out;
    // "3 a" -> "3a": a single letter after the number joins it.
    std::size_t d = k;
    while (d < n.size() && is_digit(n[d])) ++d;
    out = std::string(n.substr(k, d - k));
    std::size_t e = d;
    while (e < n.size() && is_blank(n[e])) ++e;
    if (d > k && e < n.size() && is_lower(n[e]) && (e + 1 == n.size() || !std::isalpha(static_cast<unsigned char>(n[e + 1])))) {
      out += n[e];
      ++e;
    } else {
      e = d;
    }
    out += std::string(n.substr(e));
    return out;
  };
  if (n.substr(0, 2) == "\xC2\xA7" && (n.size() < 4 || n.substr(2, 2) != "\xC2\xA7")) {
    std::size_t k = 2;
    if (k < n.size() && !is_blank(n[k]) && !is_digit(n[k])) return std::string(n);
    return "\xC2\xA7 " + rest_after(k);
  }
  if (n.substr(0, 7) == "Artikel" && (n.size() == 7 || !std::isalpha(static_cast<unsigned char>(n[7]))))
    return "Art. " + rest_after(7);
  if (n.substr(0, 3) == "Art" && n.size() > 3 && (n[3] == ' ' || n[3] == '.' || is_digit(n[3])))
    return "Art. " + rest_after(3);
  return std::string(n);
}

}  // namespace digitalcheck
