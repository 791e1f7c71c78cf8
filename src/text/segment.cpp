#include "text/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

#include "util/utf8.hpp"

namespace digitalcheck {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_word_char(UChar32 c) { return c >= 0 && u_isalnum(c); }

// Opening quotes and brackets that may stand before the first word of a sentence.
bool is_opening(UChar32 c) {
  return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0x201E /* „ */ || c == 0x201C /* “ */ ||
         c == 0x201A /* ‚ */ || c == 0x00BB /* » */ || c == 0x00AB /* « */;
}

// The token (letters and digits, with inner hyphens as in "BT-Drs") that ends right before byte `end`.
std::string_view word_before(std::string_view s, std::size_t end) {
  std::size_t b = end;
  while (b > 0) {
    std::size_t start;
    UChar32 c = code_point_before(s, b, &start);
    if (is_word_char(c)) {
      b = start;
    } else if (c == '-' && start > 0 && b < end) {
      std::size_t start2;
      if (!is_word_char(code_point_before(s, start, &start2))) break;
      b = start;
    } else {
      break;
    }
  }
  return s.substr(b, end - b);
}

// The word that starts at or after `begin`, skipping spaces and opening quotes or brackets.
std::string_view word_after(std::string_view s, std::size_t begin) {
  while (begin < s.size()) {
    if (is_space(s[begin])) {
      ++begin;
      continue;
    }
    UChar32 c = code_point_at(s, begin);
    if (!is_opening(c)) break;
    begin += static_cast<std::size_t>(U8_LENGTH(c));
  }
  std::size_t e = begin;
  while (e < s.size()) {
    UChar32 c = code_point_at(s, e);
    if (!is_word_char(c)) break;
    e += static_cast<std::size_t>(U8_LENGTH(c));
  }
  return s.substr(begin, e - begin);
}

// Where the run of spaces before byte `end` begins.
std::size_t skip_spaces_back(std::string_view s, std::size_t end) {
  while (end > 0 && is_space(s[end - 1])) --end;
  return end;
}

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

bool is_upper_word(std::string_view w) {
  if (code_points(w) < 2) return false;
  for (std::size_t i = 0; i < w.size();) {
    UChar32 c = code_point_at(w, i);
    if (c < 0 || !(u_isupper(c) || u_isdigit(c))) return false;
    i += static_cast<std::size_t>(U8_LENGTH(c));
  }
  return true;
}

template <std::size_t N>
bool one_of(std::string_view w, const std::array<std::string_view, N>& list) {
  for (auto x : list)
    if (w == x) return true;
  return false;
}

// Nouns that follow an ordinal number ("am 1. Januar", "des 18. Lebensjahres", "des 5. Buches").
bool is_ordinal_noun(std::string_view w) {
  static const std::array<std::string_view, 40> nouns = {
      "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
      "November", "Dezember", "Lebensjahr", "Lebensjahres", "Lebensjahrs", "Kalenderjahr", "Kalenderjahres",
      "Kalendermonat", "Kalendermonats", "Jahrhundert", "Jahrhunderts", "Buch", "Buches", "Buchs", "Kapitel",
      "Kapitels", "Abschnitt", "Abschnitts", "Teil", "Teils", "Klasse", "Quartal", "Quartals", "Monat",
      "Monats", "Tag", "Tages", "Woche", "Halbjahr", "Halbjahres"};
  return one_of(w, nouns);
}

// Words before a number that make it an ordinal ("ab dem 3. Monat", "zum 1. des Monats").
bool is_ordinal_lead(std::string_view w) {
  static const std::array<std::string_view, 26> leads = {
      "der", "die", "das", "des", "dem", "den", "am", "im", "zum", "zur", "vom", "beim", "bis", "ab", "seit",
      "vor", "nach", "zum", "seines", "ihres", "eines", "einer", "jedes", "jeder", "jeweils", "spätestens"};
  return one_of(w, leads);
}

// Capitalised words that in German legal prose stand only at the start of a sentence: articles,
// pronouns, conjunctions, auxiliaries and prepositions (mid-sentence they are written in lower case).
bool is_sentence_opener(std::string_view w) {
  static const std::array<std::string_view, 88> openers = {
      "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen", "Er", "Sie",
      "Es", "Dies", "Diese", "Dieser", "Dieses", "Diesem", "Diesen", "Wer", "Was", "Wird", "Werden", "Wurde",
      "Ist", "Sind", "Hat", "Haben", "Kann", "Können", "Darf", "Dürfen", "Muss", "Müssen", "Soll", "Sollen",
      "Soweit", "Sofern", "Wenn", "Falls", "Ob", "Im", "Am", "Zum", "Zur", "Vom", "Beim", "In", "Bei", "Für",
      "Nach", "Mit", "Von", "Auf", "Aus", "Über", "Unter", "Gegen", "Ohne", "Durch", "Als", "Auch", "Hierbei",
      "Dabei", "Dazu", "Ferner", "Außerdem", "Zudem", "Insoweit", "Hierzu", "Hierfür", "Dafür", "Davon",
      "Daneben", "Jeder", "Jede", "Jedes", "Alle", "Kein", "Keine", "Nur", "Satz", "Absatz", "Abweichend",
      "Unbeschadet", "Hiervon"};
  return one_of(w, openers);
}

// Nouns after which a single letter or Roman numeral is a designator that can end a sentence
// ("nach Buchstabe b.", "gemäß Anlage A.", "im Teil B.").
bool is_designator_noun(std::string_view w) {
  static const std::array<std::string_view, 34> nouns = {
      "Anlage", "Anlagen", "Anhang", "Anhangs", "Teil", "Teils", "Abschnitt", "Abschnitts", "Unterabschnitt",
      "Kapitel", "Buchstabe", "Buchstaben", "Buchst", "Spalte", "Spalten", "Liste", "Gruppe", "Klasse",
      "Kategorie", "Stufe", "Typ", "Tabelle", "Muster", "Variante", "Alternative", "Band", "Buch", "Buches",
      "Zone", "Fallgruppe", "Anl", "Abschn", "Kap", "Doppelbuchstabe"};
  return one_of(w, nouns);
}

// The token before byte `end` after skipping spaces and commas; sets
// *followed_by_period when the token is directly followed by a period.
std::string_view token_before(std::string_view s, std::size_t end, std::size_t* token_begin,
                              bool* followed_by_period) {
  std::size_t e = skip_spaces_back(s, end);
  while (e > 0 && s[e - 1] == ',') e = skip_spaces_back(s, e - 1);
  *followed_by_period = false;
  if (e > 0 && s[e - 1] == '.') {
    *followed_by_period = true;
    --e;
  }
  std::string_view w = word_before(s, e);
  *token_begin = e - w.size();
  return w;
}

// A single letter at `letter_begin` is a designator ("Buchstabe a und b.") rather than part of an
// abbreviation ("i. V. m.") when the chain of letters, numbers and "und/oder/bis" before it leads
// to a designator noun, or when it is a Roman numeral after a law abbreviation ("SGB X.").
bool is_designator_letter(std::string_view s, std::size_t letter_begin, std::string_view letter) {
  std::size_t pos = letter_begin;
  for (int step = 0; step < 12; ++step) {
    std::size_t b;
    bool period;
    std::string_view w = token_before(s, pos, &b, &period);
    if (w.empty()) return false;
    if (period) return is_designator_noun(w);  // "Buchst. a." yes, "i. V. m." no
    if (is_designator_noun(w)) return true;
    if (step == 0 && is_upper_word(w) && (letter == "I" || letter == "V" || letter == "X")) return true;
    bool chain = w == "und" || w == "oder" || w == "bis" || w == "sowie" || all_digits(w) || code_points(w) == 1 ||
                 code_points(w) == 2;  // "Doppelbuchstabe aa und bb"
    if (!chain) return false;
    pos = b;
  }
  return false;
}

// Gazette citations: "(GV. NRW. S. 12)", "(MBl. SMK S. 74)", "(SächsABl. SDr. S. S 211)" — a sentence
// never starts with "S. <page>", nor with an issuing body's acronym followed by one.
bool page_reference_follows(std::string_view s, std::size_t after_dot) {
  std::size_t i = after_dot;
  auto skip_spaces = [&] {
    while (i < s.size() && is_space(s[i])) ++i;
  };
  skip_spaces();
  std::string_view acronym = word_after(s, i);
  if (is_upper_word(acronym) && s.compare(i, acronym.size(), acronym) == 0) {  // "SMK S. 74"
    i += acronym.size();
    skip_spaces();
  }
  if (i + 1 >= s.size() || s[i] != 'S' || s[i + 1] != '.') return false;
  i += 2;
  skip_spaces();
  if (i + 1 < s.size() && s[i] == 'S' && is_space(s[i + 1])) i += 2;  // Sonderdruck pages: "S. S 211"
  return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

// True when `number` + 1 (`delta` = 1) or - 1 (`delta` = -1) stands as an item number ("2. ", "2.die")
// in s[from, to): then "<n>." is part of a running list ("1. Name, 2. Anschrift oder 3. Geburtsort").
bool neighbour_item_in(std::string_view s, std::size_t from, std::size_t to, std::string_view number, int delta) {
  if (number.size() > 3) return false;
  int n = 0;
  for (char c : number) n = n * 10 + (c - '0');
  if (n + delta < 1) return false;
  const std::string item = std::to_string(n + delta) + ".";
  for (std::size_t p = s.find(item, from); p != std::string_view::npos && p + item.size() <= to;
       p = s.find(item, p + 1)) {
    std::size_t unused;
    bool starts_word = p == 0 || !is_word_char(code_point_before(s, p, &unused));
    std::size_t after = p + item.size();
    UChar32 next = after < s.size() ? code_point_at(s, after) : -1;
    bool followed = after < s.size() && (is_space(s[after]) || (next >= 0 && u_isalpha(next)));  // not "1.5"
    if (starts_word && followed) return true;
  }
  return false;
}

// Decides whether an ICU sentence boundary right after a period at `dot` is a false end.
bool is_false_end(std::string_view s, std::size_t dot, std::size_t sentence_begin) {
  const std::size_t word_end = dot;
  std::string_view before = word_before(s, word_end);
  std::string_view after = word_after(s, dot + 1);
  if (before.empty()) return false;
  if (page_reference_follows(s, dot + 1)) return true;
  const std::size_t before_begin = word_end - before.size();
  if (all_digits(before)) {
    // "1. die ..." / "1.die" / "1. Die ..." at the start of a sentence: an item number.
    std::size_t lead = sentence_begin;
    while (lead < before_begin && (is_space(s[lead]) || s[lead] == '(')) ++lead;
    if (lead == before_begin) return true;
    // An item inside a running list: "beizufügen: 1. die Satzung, 2. der Vertrag oder 3. ein Lageplan".
    std::size_t p = skip_spaces_back(s, before_begin);
    if (p > 0 && (s[p - 1] == ':' || s[p - 1] == ',' || s[p - 1] == ';')) return true;
    if (neighbour_item_in(s, sentence_begin, before_begin, before, -1)) return true;
    if (is_sentence_opener(after)) return false;
    if (neighbour_item_in(s, dot + 1, s.size(), before, +1)) return true;  // "sind 1. Schüler, 2. ..."
    // Ordinals and dates: "am 1. Januar", "ab dem 3. Monat", "des 18. Lebensjahres".
    if (is_ordinal_noun(after)) return true;
    if (is_ordinal_lead(word_before(s, p))) return true;
    if (!after.empty() && u_islower(code_point_at(after, 0))) return true;
    return false;  // "nach § 3 Nr. 1. Anträge ..." ends there
  }
  if (is_sentence_opener(after)) return false;  // "... bis zum 31. Dezember 2020 usw. Die ..."
  if (code_points(before) == 1) return !is_designator_letter(s, before_begin, before);
  if (is_legal_abbreviation(before)) return true;
  auto hyphen = before.rfind('-');  // "BT-Drs", "EU-ABl"
  if (hyphen != std::string_view::npos && is_legal_abbreviation(before.substr(hyphen + 1))) return true;
  return false;
}

// A period that ICU did not treat as an end although a new sentence starts after it: before "§" when
// the period is a real end, before a number only after an ordinary word ("zwei Wochen. 2 weitere").
bool is_missed_end(std::string_view s, std::size_t dot, std::size_t next, std::size_t sentence_begin) {
  if (is_false_end(s, dot, sentence_begin)) return false;
  if (s.compare(next, 2, "\xC2\xA7") == 0) return true;  // "§"
  std::string_view before = word_before(s, dot);
  return code_points(before) > 1 && !all_digits(before) && !is_legal_abbreviation(before);
}

// A sentence glued to the previous one without a space ("… festgesetzt.Die Grenze …", frequent in the Saxon
// corpus): a period between a word of two or more letters ending in a lower-case letter and a capitalised word
// (upper case, then lower case). Not in domains and addresses ("www.Sachsen.de", "poststelle@Stadt.Beispiel").
// The cut is a candidate: is_missed_end still rules out abbreviations and one-letter words before the period.
bool is_glued_sentence_start(std::string_view s, std::size_t dot) {
  std::size_t next = dot + 1;
  if (next >= s.size()) return false;
  UChar32 first = code_point_at(s, next);
  if (!u_isupper(first)) return false;
  std::string_view after = word_after(s, next);
  if (code_points(after) < 2) return false;
  UChar32 second = code_point_at(after, static_cast<std::size_t>(U8_LENGTH(first)));
  if (!u_islower(second)) return false;
  std::size_t after_end = next + after.size();
  if (after_end < s.size() && (s[after_end] == '.' || s[after_end] == '@') && after_end + 1 < s.size() &&
      is_word_char(code_point_at(s, after_end + 1)))
    return false;  // "Sachsen.de"
  std::string_view before = word_before(s, dot);
  if (before.empty() || !u_islower(code_point_before(before, before.size()))) return false;
  std::size_t before_begin = dot - before.size();
  return before_begin == 0 || std::string_view(".@/:").find(s[before_begin - 1]) == std::string_view::npos;
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
  // Candidate boundaries: ICU's, plus the starts of sentences ICU misses because no upper-case letter
  // follows the period ("... verlängert sich. § 6 bleibt ...", "... zwei Wochen. 2 weitere ...").
  struct Cut {
    std::size_t at;
    bool from_icu;
  };
  std::vector<Cut> cuts;
  for (int32_t b = sentence_->next(); b != icu::BreakIterator::DONE; b = sentence_->next())
    cuts.push_back({static_cast<std::size_t>(b), true});
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] != '.') continue;
    if (!is_space(text[i + 1])) {
      if (is_glued_sentence_start(text, i)) cuts.push_back({i + 1, false});
      continue;
    }
    std::size_t j = i + 1;
    while (j < text.size() && is_space(text[j])) ++j;
    if (j < text.size() && (text[j] == '\xC2' || (text[j] >= '0' && text[j] <= '9'))) cuts.push_back({j, false});
  }
  // ICU's cuts come first among equal positions; a cut at or before the current start is void.
  std::stable_sort(cuts.begin(), cuts.end(), [](const Cut& x, const Cut& y) { return x.at < y.at; });

  std::size_t begin = 0;
  for (std::size_t k = 0; k < cuts.size(); ++k) {
    const std::size_t end = cuts[k].at;
    if (end <= begin) continue;
    std::size_t last = skip_spaces_back(text, end);  // the last character of the sentence
    if (last <= begin) continue;
    if (end < text.size() && cuts[k].from_icu && text[last - 1] == '.' && is_false_end(text, last - 1, begin))
      continue;  // merge with the next piece
    if (!cuts[k].from_icu && !is_missed_end(text, last - 1, end, begin)) continue;
    std::size_t first = begin;
    while (first < last && is_space(text[first])) ++first;
    if (last > first) out.push_back({static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last)});
    begin = end;
  }
  if (begin < text.size()) {
    std::size_t first = begin, last = skip_spaces_back(text, text.size());
    while (first < last && is_space(text[first])) ++first;
    if (last > first) out.push_back({static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last)});
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
