#include "text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cctype>

#include "util/utf8.hpp"

namespace digitalcheck {

namespace {

bool is_space_byte(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Bytes that end a plainly copied run: ASCII whitespace, the backslash of Markdown escapes and the
// lead bytes of invisible and Unicode space characters (0xC2, 0xE2, 0xEF).
struct RunStops {
  bool stop[256] = {};
  constexpr RunStops() {
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) stop[c] = true;
    stop[static_cast<unsigned char>('\\')] = true;
    stop[0xC2] = stop[0xE2] = stop[0xEF] = true;
  }
};
constexpr RunStops kRunStops;

// U+00A0 (no-break space) and other Unicode spaces in UTF-8 that we fold too.
std::size_t unicode_space_len(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 1 < s.size() && b(i) == 0xC2 && b(i + 1) == 0xA0) return 2;  // NBSP
  if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x80 && (b(i + 2) >= 0x80 && b(i + 2) <= 0x8A)) return 3;  // en/em/thin spaces
  if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x80 && b(i + 2) == 0xAF) return 3;  // narrow NBSP
  return 0;
}

bool is_lower_start(std::string_view s, std::size_t i) {
  UChar32 c = code_point_at(s, i);
  return c >= 0 && u_islower(c);
}

// Soft hyphen (U+00AD) and zero-width characters (U+200B..U+200D, U+2060, U+FEFF): invisible, dropped.
std::size_t invisible_len(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 1 < s.size() && b(i) == 0xC2 && b(i + 1) == 0xAD) return 2;
  if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x80 && b(i + 2) >= 0x8B && b(i + 2) <= 0x8D) return 3;
  if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x81 && b(i + 2) == 0xA0) return 3;
  if (i + 2 < s.size() && b(i) == 0xEF && b(i + 1) == 0xBB && b(i + 2) == 0xBF) return 3;
  return 0;
}

// Markdown backslash escapes ("1\\. die ...", "\\*"): the backslash is markup, the character after it text.
bool is_markdown_escape(std::string_view s, std::size_t i) {
  static constexpr std::string_view escapable = "\\`*_{}[]()#+-.!|<>~";
  return s[i] == '\\' && i + 1 < s.size() && escapable.find(s[i + 1]) != std::string_view::npos;
}

// "Bundes-\nund Landesrecht": a hyphen before a conjunction marks an elided compound part and stays.
bool conjunction_at(std::string_view s, std::size_t i) {
  for (std::string_view w : {"und", "oder", "bis", "sowie", "bzw", "beziehungsweise", "als", "wie"}) {
    if (s.compare(i, w.size(), w) != 0) continue;
    std::size_t e = i + w.size();
    if (e == s.size()) return true;
    unsigned char c = static_cast<unsigned char>(s[e]);
    if (c < 0x80 && !std::isalpha(c)) return true;
  }
  return false;
}

bool is_letter_before(std::string_view s, std::size_t i) {
  UChar32 c = code_point_before(s, i);
  return c >= 0 && u_isalpha(c);
}

// The byte map of the view, kept in the vectors of a NormalizedText.
struct VectorMap {
  NormalizedText& out;
  void reserve(std::size_t n) {
    out.src_begin.reserve(n);
    out.src_end.reserve(n);
  }
  void push(std::uint32_t b, std::uint32_t e) {
    out.src_begin.push_back(b);
    out.src_end.push_back(e);
  }
  void append_run(std::size_t i, std::size_t j) {  // bytes [i, j) copied one to one
    std::size_t at = out.src_begin.size();
    out.src_begin.resize(at + (j - i));
    out.src_end.resize(at + (j - i));
    std::uint32_t* b = out.src_begin.data() + at;
    std::uint32_t* e = out.src_end.data() + at;
    for (std::size_t k = 0; k < j - i; ++k) {
      b[k] = static_cast<std::uint32_t>(i + k);
      e[k] = static_cast<std::uint32_t>(i + k + 1);
    }
  }
  void pop() {
    out.src_begin.pop_back();
    out.src_end.pop_back();
  }
  std::uint32_t back_begin() const { return out.src_begin.back(); }
};

// The one normalisation. Returns false when the text still needs NFC recomposition (then `out.text`
// is not final).
bool fold(std::string_view in, NormalizedText& out, VectorMap& map) {
  out.text.reserve(in.size());
  map.reserve(in.size());
  std::size_t i = 0;
  // Skip leading whitespace.
  while (i < in.size()) {
    std::size_t u = unicode_space_len(in, i);
    if (is_space_byte(static_cast<unsigned char>(in[i]))) ++i;
    else if (u) i += u;
    else break;
  }
  bool pending_space = false;
  std::uint32_t pending_at = 0, pending_end = 0;  // the first whitespace character of the run
  bool needs_nfc = false;
  std::size_t soft_hyphen_end = std::string_view::npos;  // where the last dropped soft hyphen ended
  bool only_latin1 = true;  // every non-ASCII character in U+0080..U+00FF: then the text is NFC already
  while (i < in.size()) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    // Fast path: a run of bytes that are neither whitespace, nor a backslash, nor the first byte of an
    // invisible or Unicode space character (those start with 0xC2, 0xE2 or 0xEF) is copied as it is.
    if (!kRunStops.stop[c]) {
      if (pending_space) {
        out.text.push_back(' ');
        map.push(pending_at, pending_end);
        pending_space = false;
      }
      std::size_t j = i;
      while (j < in.size()) {
        unsigned char d = static_cast<unsigned char>(in[j]);
        if (kRunStops.stop[d]) break;
        if (d >= 0x80) {
          needs_nfc = true;
          if (d != 0xC3 && (d & 0xC0) != 0x80) only_latin1 = false;  // a lead byte beyond U+00FF
        }
        ++j;
      }
      out.text.append(in.data() + i, j - i);
      map.append_run(i, j);
      i = j;
      continue;
    }
    if (is_markdown_escape(in, i)) {
      ++i;  // drop the backslash; the escaped character is copied below like any other
      c = static_cast<unsigned char>(in[i]);
    } else if (std::size_t inv = invisible_len(in, i)) {
      i += inv;
      if (inv == 2) soft_hyphen_end = i;
      continue;
    }
    std::size_t u = unicode_space_len(in, i);
    if (is_space_byte(c) || u) {
      // Hyphenation across a line break: "Antrag-\nsteller" -> "Antragsteller" (only when the run
      // holds a line break, a letter precedes the hyphen and a lower-case word other than a
      // conjunction follows: "Bundes-\nund Landesrecht" keeps its hyphen).
      std::size_t j = i;
      bool has_newline = false;
      while (j < in.size()) {
        std::size_t uj = unicode_space_len(in, j);
        if (is_space_byte(static_cast<unsigned char>(in[j]))) {
          if (in[j] == '\n') has_newline = true;
          ++j;
        } else if (uj) {
          j += uj;
        } else {
          break;
        }
      }
      if (has_newline && !out.text.empty() && out.text.back() == '-' && out.text.size() >= 2 &&
          is_letter_before(in, map.back_begin()) && is_lower_start(in, j) && !conjunction_at(in, j)) {
        out.text.pop_back();
        map.pop();
        i = j;
        continue;
      }
      if (has_newline && soft_hyphen_end == i && is_lower_start(in, j)) {  // "Antrag\u00AD\nsteller"
        i = j;
        continue;
      }
      pending_space = true;
      pending_at = static_cast<std::uint32_t>(i);
      pending_end = static_cast<std::uint32_t>(i + (u ? u : 1));
      i = j;
      continue;
    }
    if (pending_space && i < in.size()) {
      out.text.push_back(' ');
      map.push(pending_at, pending_end);
      pending_space = false;
    }
    if (c >= 0x80) needs_nfc = true;
    if (c >= 0x80 && c != 0xC2) only_latin1 = false;
    out.text.push_back(static_cast<char>(c));
    map.push(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1));
    ++i;
  }

  // U+0080..U+00FF are all NFC and never combine with what precedes them, so Latin-1-only text
  // (most German text) skips the check; anything else is checked on the UTF-8 directly.
  if (needs_nfc && !only_latin1) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status)) {
      bool normalized = nfc->isNormalizedUTF8(icu::StringPiece(out.text.data(), static_cast<int32_t>(out.text.size())), status);
      if (!normalized && U_SUCCESS(status)) return false;
    }
  }
  return true;
}

// Recomposes out.text to NFC, keeping the byte map exact where nothing changed.
NormalizedText recompose(const NormalizedText& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  // Rebuild segment by segment: each NFC-unstable span maps to the block range of its source.
  NormalizedText nfc_out;
  const auto* s = reinterpret_cast<const uint8_t*>(out.text.data());
  int32_t len = static_cast<int32_t>(out.text.size());
  int32_t pos = 0;
  while (pos < len) {
    // A segment: one starter plus the combining marks after it.
    int32_t seg_start = pos;
    UChar32 c;
    U8_NEXT(s, pos, len, c);
    while (pos < len) {
      int32_t peek = pos;
      UChar32 d;
      U8_NEXT(s, peek, len, d);
      if (d < 0 || nfc->hasBoundaryBefore(d)) break;
      pos = peek;
    }
    std::string seg(out.text, static_cast<std::size_t>(seg_start), static_cast<std::size_t>(pos - seg_start));
    icu::UnicodeString useg = icu::UnicodeString::fromUTF8(seg);
    icu::UnicodeString nseg = nfc->normalize(useg, status);
    std::string converted;
    nseg.toUTF8String(converted);
    const std::size_t first = static_cast<std::size_t>(seg_start);
    const std::size_t last = static_cast<std::size_t>(pos) - 1;
    for (std::size_t k = 0; k < converted.size(); ++k) {
      nfc_out.text.push_back(converted[k]);
      if (converted == seg) {  // unchanged: keep the byte-exact map
        nfc_out.src_begin.push_back(out.src_begin[first + k]);
        nfc_out.src_end.push_back(out.src_end[first + k]);
      } else {  // recomposed: every byte maps to the whole source segment
        nfc_out.src_begin.push_back(out.src_begin[first]);
        nfc_out.src_end.push_back(out.src_end[last]);
      }
    }
  }
  return nfc_out;
}

}  // namespace

NormalizedText normalize(std::string_view in) {
  NormalizedText out;
  VectorMap map{out};
  if (fold(in, out, map)) return out;
  return recompose(out);
}

}  // namespace digitalcheck
