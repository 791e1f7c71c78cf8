#include "report/wording.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace digitalcheck {

const char* severity_label(Severity s) {
  switch (s) {
    case Severity::error: return "Fehler";
    case Severity::warning: return "Warnung";
    case Severity::info: return "Hinweis";
  }
  return "";
}

const char* severity_label_plural(Severity s) {
  switch (s) {
    case Severity::error: return "Fehler";
    case Severity::warning: return "Warnungen";
    case Severity::info: return "Hinweise";
  }
  return "";
}

const char* status_label(FindingStatus s) {
  switch (s) {
    case FindingStatus::open: return "offen";
    case FindingStatus::mitigated: return "entschärft";
    case FindingStatus::justified: return "begründet";
  }
  return "";
}

std::string inputs_label(const ScoreInputs& in) {
  auto n = [&](Severity s) {
    std::size_t k = in.open[static_cast<std::size_t>(s)];
    return fmt::format("{} {}", k, k == 1 ? severity_label(s) : severity_label_plural(s));
  };
  return fmt::format("{} {} gezählt; offen: {}, {}, {}; {} entschärft, {} begründet", in.provisions,
                     in.provisions == 1 ? "Vorschrift" : "Vorschriften", n(Severity::error), n(Severity::warning),
                     n(Severity::info), in.mitigated, in.justified);
}

std::string escape_xml(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

std::string csv_field(std::string_view s) {
  // A text a spreadsheet would take for a formula ("=HYPERLINK(...)", "+1", "-x", "@SUM") gets a leading
  // apostrophe, so that opening an audit's CSV never runs what a file's title or path carries (OWASP
  // "CSV injection"). Numbers are written by the callers themselves, never through here.
  const bool formula = !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos;
  const std::string lead = formula ? "'" : "";
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return lead + std::string(s);
  std::string out = "\"" + lead;
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string escape_markdown(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': break;
      case '\n': out += ' '; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#': case '~':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

std::string terminal_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) {
      out += "\xEF\xBF\xBD";
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string score_bar(int value, int width) {
  int full = std::clamp((value * width + 50) / 100, 0, width);
  std::string out;
  for (int i = 0; i < width; ++i) out += i < full ? "█" : "░";
  return out;
}

}  // namespace digitalcheck
