// What every report format shares: the German wording of severities and statuses, and escaping for the
// output languages (HTML/XML, CSV, Markdown). One place for each, so all formats say the same thing.
#pragma once
#include <string>
#include <string_view>

#include "match/matcher.hpp"
#include "match/rule.hpp"
#include "score/score.hpp"

namespace digitalcheck {

// "Fehler", "Warnung", "Hinweis" (singular) and "Fehler", "Warnungen", "Hinweise" (plural).
const char* severity_label(Severity s);
const char* severity_label_plural(Severity s);
// "offen", "entschärft", "begründet".
const char* status_label(FindingStatus s);

// The inputs of a score in words: "3 Vorschriften gezählt; offen: 2 Fehler, 1 Warnung, 0 Hinweise; 1 entschärft,
// 0 begründet". Every report that shows a score shows these inputs with it.
std::string inputs_label(const ScoreInputs& in);

// Escapes &, <, >, " and ' for HTML and XML text and attribute values. Also drops control characters that
// XML 1.0 forbids (keeps tab, newline, carriage return), so any input yields well-formed output.
std::string escape_xml(std::string_view s);
// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; inner quotes doubled.
std::string csv_field(std::string_view s);
// Text for Markdown (GitHub-flavoured): HTML-escaped (GitHub renders inline HTML) and with the characters
// that start Markdown syntax backslash-escaped; newlines become spaces (safe inside a table cell).
std::string escape_markdown(std::string_view s);

// Text for a terminal: control characters (C0 except tab and newline, DEL, C1) become U+FFFD, so a draft cannot
// send escape sequences to the reader's terminal.
std::string terminal_safe(std::string_view s);

// A bar of `width` cells for a score 0-100, e.g. "██████░░░░" for 60 with width 10.
std::string score_bar(int value, int width);

}  // namespace digitalcheck
