// The curated list of abbreviations common in German legal texts. A period after one of them does not
// end a sentence unless a word follows that only ever opens one (see text/segment.cpp). Multi-part
// abbreviations ("i. V. m.", "z. B.", "u. a.", "m.w.N.") are covered by their one-letter parts, which
// count as abbreviations too. Law abbreviations ("BGB", "GG", "VwVfG") are deliberately absent: a period
// after them is a real sentence end far more often than not.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "text/segment.hpp"
#include "util/utf8.hpp"

namespace digitalcheck {

namespace {

const std::vector<std::string_view>& abbreviations() {
  static const std::vector<std::string_view> list = [] {
    std::vector<std::string_view> v = {
        // citations and sources
        "Abl", "ABl", "Abs", "Abschn", "Alt", "Anh", "Anl", "Anm", "Art", "Aufl", "Az", "BAnz", "BGBl", "BR-Drs",
        "BStBl", "BT-Drs", "BT-Drucks", "Bd", "Bek", "Beschl", "Bl", "Buchst", "Bst", "Doppelbuchst", "Drs", "Drucks", "Einl",
        "Erl", "Fn", "GABl", "GBl", "GMBl", "GV", "GVBl", "GVOBl", "Gem", "MBl", "SDr", "Sonderdr", "Hs", "Hrsg", "Kap", "MinBl", "Nds",
        "Nr", "Nrn", "RGBl", "Rdnr", "Rn", "Rz", "SächsABl", "SächsGVBl", "Slg", "Spiegelstr", "Tz", "UAbs",
        "Unterabs", "Urt", "Var", "Vorbem", "Ziff", "lit",
        // titles
        "Dipl", "Dr", "Prof",
        // months and units
        "Jan", "Febr", "Feb", "Aug", "Sept", "Okt", "Nov", "Dez", "Mio", "Mrd", "Tsd", "Std", "Stck", "Stk",
        // prose
        "abgedr", "allg", "amtl", "Ausn", "Begr", "bes", "betr", "bspw", "Bsp", "bzgl", "bzw", "ca", "dgl",
        "einschl", "entspr", "etc", "evtl", "ff", "gem", "geänd", "ggf", "ggü", "grds", "inkl", "insb",
        "insbes", "jew", "lfd", "mind", "max", "Rspr", "sog", "usw", "vgl", "zB", "zit", "zul", "zzgl", "Änd",
        "öff", "örtl", "Ev", "ev", "evang", "Kath", "kath", "röm",
    };
    std::sort(v.begin(), v.end());
    return v;
  }();
  return list;
}

}  // namespace

bool is_legal_abbreviation(std::string_view word) {
  // Single letters ("i. V. m.", "z. B.", "u. a.", "S. 1", "a. F.") are abbreviations.
  if (code_points(word) == 1) return true;
  const auto& list = abbreviations();
  if (std::binary_search(list.begin(), list.end(), word)) return true;
  // At the start of a sentence a lower-case abbreviation is capitalised: "Vgl.", "Ggf.", "Insbes.".
  UChar32 first = code_point_at(word, 0);
  if (first < 0 || !u_isupper(first)) return false;
  const std::size_t rest = static_cast<std::size_t>(U8_LENGTH(first));
  std::string lowered;
  UChar32 lower = u_tolower(first);
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, lower, error);
  if (error) return false;
  lowered.assign(buf, static_cast<std::size_t>(n));
  lowered.append(word.substr(rest));
  return std::binary_search(list.begin(), list.end(), std::string_view(lowered));
}

}  // namespace digitalcheck
