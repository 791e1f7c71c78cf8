#include "amend/instruction.hpp"

#include <re2/re2.h>

namespace digitalcheck {

const char* to_string(InstructionKind k) {
  switch (k) {
    case InstructionKind::replace: return "replace";
    case InstructionKind::insert: return "insert";
    case InstructionKind::append: return "append";
    case InstructionKind::strike: return "strike";
    case InstructionKind::repeal: return "repeal";
    case InstructionKind::new_version: return "new_version";
  }
  return "replace";
}

const char* german_verb(InstructionKind k) {
  switch (k) {
    case InstructionKind::replace: return "ersetzt";
    case InstructionKind::insert: return "fügt ein";
    case InstructionKind::append: return "fügt an";
    case InstructionKind::strike: return "streicht";
    case InstructionKind::repeal: return "hebt auf";
    case InstructionKind::new_version: return "fasst neu";
  }
  return "";
}

namespace {

// Levels of a citation, outermost first.
constexpr int kLevels = 6;
std::string* level(TargetRef& r, int i) {
  switch (i) {
    case 0: return &r.norm;
    case 1: return &r.absatz;
    case 2: return &r.satz;
    case 3: return &r.nummer;
    case 4: return &r.buchstabe;
    default: return &r.doppelbuchstabe;
  }
}

}  // namespace

TargetRef TargetRef::refined_by(const TargetRef& own) const {
  TargetRef o = own;
  int first = kLevels;
  for (int i = 0; i < kLevels; ++i)
    if (!level(o, i)->empty()) {
      first = i;
      break;
    }
  if (first == kLevels && !own.heading) return *this;
  TargetRef out = *this;
  if (first == kLevels) first = 1;  // "die Überschrift" of the inherited norm
  for (int i = first; i < kLevels; ++i) *level(out, i) = *level(o, i);
  out.heading = own.heading;
  return out;
}

std::string TargetRef::display() const {
  std::string out;
  auto add = [&out](const std::string& s) {
    if (!out.empty()) out += ' ';
    out += s;
  };
  if (!norm.empty()) add(norm);
  if (heading) add(out.empty() ? "Überschrift" : "(Überschrift)");
  if (!absatz.empty()) add("Absatz " + absatz);
  if (!satz.empty()) add("Satz " + satz);
  if (!nummer.empty()) add("Nummer " + nummer);
  if (!buchstabe.empty()) add("Buchstabe " + buchstabe);
  if (!doppelbuchstabe.empty()) add("Doppelbuchstabe " + doppelbuchstabe);
  return out;
}

TargetRef parse_target(const std::string& text) {
  // One citation token; the first one found starts the phrase, adjacent ones continue it.
  static const RE2 token(
      R"((§+)\s*(\d+[a-z]?)\b|Artikel\s+(\d+[a-z]?)\b|Anlage(?:\s+(\d+[a-z]?))?\b|(?:Absatz|Abs\.)\s*(\d+[a-z]?)\b|Satz\s+(\d+)\b|(?:Nummer|Nr\.)\s*(\d+[a-z]?)\b|(?:Buchstabe|Buchst\.)\s*([a-z])\b|(?:Doppelbuchstabe|Doppelbuchst\.)\s*([a-z]{2})\b|(?:die\s+)?(Überschrift))");
  TargetRef r;
  re2::StringPiece in(text);
  re2::StringPiece g[11];
  std::size_t pos = 0;
  bool started = false;
  while (pos < text.size()) {
    if (!token.Match(in, pos, text.size(), RE2::UNANCHORED, g, 11)) break;
    std::size_t b = g[0].data() - text.data();
    if (started) {
      // Only adjacent tokens continue the phrase ("§ 5 Absatz 2", "Absatz 2 des"): stop at other words.
      std::string_view gap(text.data() + pos, b - pos);
      if (gap.find_first_not_of(" ,") != std::string_view::npos) break;
    }
    started = true;
    auto s = [&](int i) { return std::string(g[i].data(), g[i].size()); };
    if (!g[2].empty()) r.norm = "§ " + s(2);
    else if (!g[3].empty()) r.norm = "Artikel " + s(3);
    else if (!g[10].empty()) r.heading = true;
    else if (g[0].starts_with("Anlage")) r.norm = g[4].empty() ? "Anlage" : "Anlage " + s(4);
    else if (!g[5].empty()) r.absatz = s(5);
    else if (!g[6].empty()) r.satz = s(6);
    else if (!g[7].empty()) r.nummer = s(7);
    else if (!g[8].empty()) r.buchstabe = s(8);
    else if (!g[9].empty()) r.doppelbuchstabe = s(9);
    pos = b + g[0].size();
  }
  return r;
}

}  // namespace digitalcheck
