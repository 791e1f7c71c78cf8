// Citation: where in a legal text something stands, as drafters cite it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace digitalcheck {

struct Citation {
  std::string norm;             // "§ 5", "§ 3a", "Art. 5", "Anlage 1"; empty before the first norm
  std::string absatz;           // "2", "2a"
  int satz = 0;                 // 1-based sentence within the Absatz (or the norm when it has none); 0 unknown
  std::string nummer;           // "3"
  std::string buchstabe;        // "a"
  std::string doppelbuchstabe;  // "aa"
  std::string heading;          // the provision's heading ("Antragstellung"), not part of display()
  std::string eid;              // LegalDocML.de eId of the element, when known
  int paragraph = 0;            // .docx paragraph number, when known (not part of display())

  // "§ 5 Abs. 2 Satz 1 Nr. 3 Buchst. a" (the parts present, in citation order).
  std::string display() const;
  bool empty() const { return norm.empty() && absatz.empty() && nummer.empty() && buchstabe.empty(); }

  // True when `inner` lies inside the place this citation names: every part named here is the same
  // in `inner`, parts not named here match anything ("§ 5 Abs. 2" covers "§ 5 Abs. 2 Satz 1 Nr. 3";
  // "§ 5" covers all of § 5). Norms compare by norm_key(), so "§5" is "§ 5" and "Artikel 3" is "Art. 3".
  bool covers(const Citation& inner) const;
};

// Parses a citation as drafters write it, abbreviated or spelled out: "§ 5 Abs. 2 Satz 1 Nr. 3 Buchst. a",
// "§ 5 Absatz 2 Satz 1 Nummer 3 Buchstabe a", "Art. 3 Nr. 4", "Artikel 1 Nummer 4", "Anlage 2".
// Returns nullopt when the text is not such a citation (heading, eid stay empty).
std::optional<Citation> parse_citation(std::string_view text);

// The comparable form of a norm designation: "§ 5a" -> "§5a", "§§ 5" -> "§5", "Artikel 3" / "Art. 3" -> "art3".
std::string norm_key(std::string_view norm);

}  // namespace digitalcheck
