// Citation: where in a legal text something stands, as drafters cite it.
#pragma once
#include <string>

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
};

}  // namespace digitalcheck
