#include "text/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <array>
#include <stdexcept>
#include <string>

namespace digitalcheck {

namespace {

UChar32 code_point_at(std::string_view s, std::size_t i) {
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), k, static_cast<int32_t>(s.size()), c);
  return c;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The word (letters, digits, '-') that ends right before position `end` (exclusive).
std::string_view word_before(std::string_view s, std::size_t end) {
  std::size_t b = end;
  while (b > 0) {
    unsigned char c = static_cast<unsigned char>(s[b - 1]);
    if (c >= 0x80 || std::isalnum(c) || c == '-') --b;
    else break;
  }
  return s.substr(b, end - b);
}

// The word starting at `begin` after skipping spaces and opening quotes/brackets.
std::string_view word_after(std::string_view s, std::size_t begin) {
  while (begin < s.size() && is_space(s[begin])) ++begin;
  std::size_t e = begin;
  while (e < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[e]);
    if (c >= 0x80 || std::isalnum(c)) ++e;
    else break;
  }
  return s.substr(begin, e - begin);
}

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

// Nouns that follow an ordinal number ("am 1. Januar", "des 18. Lebensjahres", "des 5. Buches").
bool is_ordinal_noun(std::string_view w) {
  static const std::array<std::string_view, 30> nouns = {
      "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
      "November", "Dezember", "Lebensjahr", "Lebensjahres", "Lebensjahrs", "Kalenderjahr", "Kalenderjahres",
      "Jahrhundert", "Jahrhunderts", "Buch", "Buches", "Buchs", "Kapitel", "Kapitels", "Abschnitt",
      "Abschnitts", "Teil", "Teils", "Klasse", "Quartal"};
  for (auto n : nouns)
    if (w == n) return true;
  return false;
}

// Decides whether an ICU sentence boundary right after a period at `dot` is a false end.
bool is_false_end(std::string_view s, std::size_t dot, std::size_t sentence_begin) {
  std::string_view before = word_before(s, dot);
  std::string_view after = word_after(s, dot + 1);
  if (before.empty()) return false;
  if (all_digits(before)) {
    // "1. die ..." / "1.die" at the start of a sentence: an item number.
    std::size_t lead = sentence_begin;
    while (lead < s.size() && is_space(s[lead])) ++lead;
    if (lead == dot - before.size()) return true;
    // Ordinals and dates.
    if (is_ordinal_noun(after)) return true;
    if (!after.empty() && u_islower(code_point_at(after, 0))) return true;
    // "1.2.2024" style handled by ICU (no space); "§ 3 Nr. 1. " is a real end otherwise.
    return false;
  }
  if (is_legal_abbreviation(before)) {
    // A one-letter "word" that is really a sentence end is rare in statutes ("Anlage A.") and
    // only when the next word is a capitalised non-abbreviation after a longer sentence; accept it.
    return true;
  }
  return false;
}

}  // namespace

Segmenter::Segmenter() {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale de("de");
  sentence_.reset(icu::BreakIterator::createSentenceInstance(de, status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU sentence iterator unavailable");
  word_.reset(icu::BreakIterator::createWordInstance(de, status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU word iterator unavailable");
}

Segmenter::~Segmenter() {
  if (utext_) utext_close(utext_);
}

void Segmenter::set_text(icu::BreakIterator& it, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  utext_ = utext_openUTF8(utext_, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU cannot open UTF-8 text");
  it.setText(utext_, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU cannot set text");
}

std::vector<Span> Segmenter::sentences(std::string_view text) {
  std::vector<Span> out;
  if (text.empty()) return out;
  set_text(*sentence_, text);
  std::uint32_t begin = 0;
  for (int32_t b = sentence_->next(); b != icu::BreakIterator::DONE; b = sentence_->next()) {
    std::size_t end = static_cast<std::size_t>(b);
    // Find the last non-space character before the boundary.
    std::size_t last = end;
    while (last > begin && is_space(text[last - 1])) --last;
    if (end < text.size() && last > begin && text[last - 1] == '.' && is_false_end(text, last - 1, begin))
      continue;  // merge with the next piece
    std::uint32_t e = static_cast<std::uint32_t>(last);
    std::uint32_t bb = begin;
    while (bb < e && is_space(text[bb])) ++bb;
    if (e > bb) out.push_back({bb, e});
    begin = static_cast<std::uint32_t>(end);
  }
  return out;
}

std::vector<Span> Segmenter::words(std::string_view text) {
  std::vector<Span> out;
  if (text.empty()) return out;
  set_text(*word_, text);
  int32_t start = word_->first();
  for (int32_t end = word_->next(); end != icu::BreakIterator::DONE; start = end, end = word_->next()) {
    if (word_->getRuleStatus() != UBRK_WORD_NONE)
      out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
  }
  return out;
}

bool Segmenter::on_word_boundaries(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  set_text(*word_, text);
  return word_->isBoundary(static_cast<int32_t>(begin)) && word_->isBoundary(static_cast<int32_t>(end));
}

}  // namespace digitalcheck
