// Sentence and word segmentation with ICU break iterators over UTF-8, plus a legal post-pass.
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END
struct UText;

namespace digitalcheck {

struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;  // exclusive
};

// Not thread-safe: one Segmenter per thread, reused for every text (ICU iterators are kept).
class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Sentences of a normalised text (see text/normalize.hpp). Legal abbreviations ("Abs.", "Nr.",
  // "i. V. m."), ordinals and dates ("am 1. Januar"), item numbers ("1. die", "1.die") and
  // citations never end a sentence. Spans exclude the whitespace between sentences.
  std::vector<Span> sentences(std::string_view text);

  // Word spans (letters or digits) inside text, from ICU's word break rules.
  std::vector<Span> words(std::string_view text);

  // True when both ends of [begin, end) lie on ICU word boundaries of text.
  bool on_word_boundaries(std::string_view text, std::uint32_t begin, std::uint32_t end);

 private:
  std::unique_ptr<icu::BreakIterator> sentence_;
  std::unique_ptr<icu::BreakIterator> word_;
  UText* utext_ = nullptr;
  void set_text(icu::BreakIterator& it, std::string_view text);
};

// True when `word` (without the final period) is a legal abbreviation that never ends a sentence.
bool is_legal_abbreviation(std::string_view word);

}  // namespace digitalcheck
