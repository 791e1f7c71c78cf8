// The curated list of abbreviations common in German legal texts. A period after one of them never
// ends a sentence. Multi-part abbreviations ("i. V. m.", "z. B.") are covered by their one-letter
// parts, which the segmenter treats as abbreviations.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "text/segment.hpp"

namespace digitalcheck {

namespace {

const std::vector<std::string_view>& abbreviations() {
  static const std::vector<std::string_view> list = [] {
    std::vector<std::string_view> v = {
        "Abl", "ABl", "Abs", "Abschn", "Alt", "Anh", "Anl", "Anm", "Art", "Aufl", "Az", "BAnz", "BGBl", "BStBl",
        "BT-Drs", "Bd", "Bek", "Beschl", "Bl", "Buchst", "Bst", "Dr", "Drs", "Drucks", "Einl", "Erl", "GABl",
        "GBl", "GVBl", "GVOBl", "Gem", "GMBl", "Hs", "Hrsg", "Kap", "MinBl", "Nr", "Nrn", "Prof", "RGBl",
        "Rdnr", "Rn", "Rz", "SächsABl", "SächsGVBl", "Spiegelstr", "Tz", "UAbs", "Unterabs", "Urt",
        "Vorbem", "Ziff", "abgedr", "allg", "amtl", "bes", "betr", "bspw", "bzgl", "bzw", "ca",
        "dgl", "einschl", "entspr", "etc", "evtl", "ff", "gem", "ggf", "grds", "inkl", "insb",
        "insbes", "jew", "lfd", "lit", "mind", "sog", "usw", "vgl", "zB", "zit", "zzgl", "Änd", "öff", "örtl",
    };
    std::sort(v.begin(), v.end());
    return v;
  }();
  return list;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

bool is_legal_abbreviation(std::string_view word) {
  // Single letters ("i. V. m.", "z. B.", "u. a.", "S. 1", "a. F.") are abbreviations.
  if (code_points(word) == 1) return true;
  const auto& list = abbreviations();
  return std::binary_search(list.begin(), list.end(), word);
}

}  // namespace digitalcheck
