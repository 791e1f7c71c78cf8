#include "structure/citation.hpp"

namespace digitalcheck {

std::string Citation::display() const {
  std::string out = norm;
  auto add = [&out](const std::string& part) {
    if (!out.empty()) out += ' ';
    out += part;
  };
  if (!absatz.empty()) add("Abs. " + absatz);
  if (satz > 0) add("Satz " + std::to_string(satz));
  if (!nummer.empty()) add("Nr. " + nummer);
  if (!buchstabe.empty()) add("Buchst. " + buchstabe);
  if (!doppelbuchstabe.empty()) add("Doppelbuchst. " + doppelbuchstabe);
  return out;
}

}  // namespace digitalcheck
