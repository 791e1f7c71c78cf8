// Structural markers inside norm text: "(2)" Absatz, "3." Nummer, "b)" Buchstabe, "bb)" Doppelbuchstabe.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace digitalcheck {

enum class MarkKind { absatz, nummer, buchstabe, doppelbuchstabe, bullet };

struct Mark {
  std::uint32_t begin = 0;  // byte offset of the marker in the text
  std::uint32_t end = 0;    // just past the marker
  MarkKind kind = MarkKind::nummer;
  std::string label;  // "2", "3a", "b", "bb" (without brackets or period); "" for bullets
};

// Lexes a marker starting exactly at text[pos]. A Nummer needs a following word that is no month or
// ordinal noun ("1. Januar", "3. Lebensjahr" are dates and ordinals, not items) and no digit ("1.1.").
std::optional<Mark> lex_mark(std::string_view text, std::size_t pos);

// The label that follows `label` in an enumeration of `kind` ("3" -> "4", "b" -> "c", "bb" -> "cc").
std::string next_label(MarkKind kind, const std::string& label);

// Normalises a norm designation for display: "Art 5", "Artikel 5", "Art.5" -> "Art. 5";
// "§5", "§ 3 a" -> "§ 5", "§ 3a". Other designations ("Anlage 1", "Eingangsformel") stay.
std::string normalize_norm(std::string_view norm);

}  // namespace digitalcheck
