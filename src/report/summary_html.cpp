// The HTML summary: one self-contained file (inline CSS, inline SVG charts, no scripts, no external resources).
#include <fmt/format.h>

#include <algorithm>

#include "report/summary.hpp"
#include "report/wording.hpp"

namespace digitalcheck {

namespace {

// Shortens a label for a chart axis (by code points, never inside a UTF-8 sequence).
std::string shorten(const std::string& s, std::size_t max_cp) {
  std::size_t cp = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && cp++ == max_cp) return s.substr(0, i) + "…";
  }
  return s;
}

// Vertical bar chart of the score histogram.
std::string histogram_svg(const std::vector<std::size_t>& buckets) {
  const int w = 640, h = 260, left = 40, bottom = 30, top = 20;
  std::size_t max = std::max<std::size_t>(1, *std::max_element(buckets.begin(), buckets.end()));
  double bw = (w - left - 10) / static_cast<double>(buckets.size());
  std::string svg = fmt::format(
      R"(<svg class="chart" id="score-histogram" role="img" aria-label="Verteilung der Bewertungen" xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}">)",
      w, h, w, h);
  svg += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" class="axis"/>)", left, h - bottom, w - 10, h - bottom);
  for (std::size_t i = 0; i < buckets.size(); ++i) {
    double bh = (h - bottom - top) * static_cast<double>(buckets[i]) / static_cast<double>(max);
    double x = left + i * bw + 2;
    svg += fmt::format(R"(<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}"><title>{}–{}: {}</title></rect>)", x,
                       h - bottom - bh, bw - 4, bh, i * 10, i * 10 + 10, buckets[i]);
    svg += fmt::format(R"(<text x="{:.1f}" y="{}" class="tick">{}–{}</text>)", x + (bw - 4) / 2, h - bottom + 16, i * 10, i * 10 + 10);
    if (buckets[i] > 0)
      svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" class="value">{}</text>)", x + (bw - 4) / 2, h - bottom - bh - 4, buckets[i]);
  }
  return svg + "</svg>";
}

struct BarRow {
  std::string label;
  std::size_t open = 0, mitigated = 0, justified = 0;
};

// Horizontal stacked bars: open, mitigated, justified.
std::string bars_svg(const char* id, const char* aria, const std::vector<BarRow>& rows) {
  const int w = 760, label_w = 300, row_h = 24, top = 8;
  int h = top + static_cast<int>(rows.size()) * row_h + 8;
  std::size_t max = 1;
  for (const auto& r : rows) max = std::max(max, r.open + r.mitigated + r.justified);
  double scale = (w - label_w - 70) / static_cast<double>(max);
  std::string svg = fmt::format(
      R"(<svg class="chart" id="{}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}">)",
      id, aria, w, h, w, h);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const BarRow& r = rows[i];
    int y = top + static_cast<int>(i) * row_h;
    svg += fmt::format(R"(<text x="{}" y="{}" class="label">{}</text>)", label_w - 8, y + 16, escape_xml(shorten(r.label, 42)));
    double x = label_w;
    for (auto [n, cls, word] : {std::tuple{r.open, "open", "offen"}, std::tuple{r.mitigated, "mitigated", "entschärft"},
                                std::tuple{r.justified, "justified", "begründet"}}) {
      if (n == 0) continue;
      double bw = std::max(1.0, n * scale);
      svg += fmt::format(R"(<rect class="{}" x="{:.1f}" y="{}" width="{:.1f}" height="{}"><title>{}: {} {}</title></rect>)", cls, x,
                         y + 3, bw, row_h - 6, escape_xml(r.label), n, word);
      x += bw;
    }
    svg += fmt::format(R"(<text x="{:.1f}" y="{}" class="count">{}</text>)", x + 6, y + 16, r.open + r.mitigated + r.justified);
  }
  return svg + "</svg>";
}

const char* kStyle = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;color:#1d1d1f;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.kpi{display:flex;gap:1rem;flex-wrap:wrap}.kpi div{background:#f4f5f7;border-radius:6px;padding:.6rem 1rem}
.kpi b{display:block;font-size:1.4rem}table{border-collapse:collapse;width:100%;font-size:.92rem}
td,th{border-bottom:1px solid #e5e5e5;padding:.25rem .5rem;text-align:left}td.n,th.n{text-align:right}
svg .bar{fill:#3465a4}svg .open{fill:#c0392b}svg .mitigated{fill:#e6a23c}svg .justified{fill:#8e8e93}
svg text{font-size:12px;fill:#333}svg .tick,svg .value{text-anchor:middle}svg .label{text-anchor:end}
svg .axis{stroke:#999}.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}
code{font-size:.85rem;color:#555}
)";

}  // namespace

std::string render_summary_html(const AuditSummary& s, const SummaryOptions& opt) {
  const auto& f = s.findings();
  std::string out = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>Digitalcheck: Prüfung des Normbestands</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
  out += "<h1>Digitalcheck: Prüfung des Normbestands</h1>\n<div class=\"kpi\">";
  out += fmt::format("<div id=\"kpi-documents\"><b>{}</b>Dokumente</div>", s.documents());
  out += fmt::format("<div id=\"kpi-open\"><b>{}</b>offene Hindernisse</div>", f.open);
  out += fmt::format("<div id=\"kpi-mitigated\"><b>{}</b>entschärfte Befunde</div>", f.mitigated);
  out += fmt::format("<div id=\"kpi-free\"><b>{}</b>ohne offene Hindernisse ({} von {})</div>",
                     percent_display(s.obstacle_free(), s.documents()), s.obstacle_free(), s.documents());
  if (!s.errors().empty()) out += fmt::format("<div id=\"kpi-errors\"><b>{}</b>nicht lesbar</div>", s.errors().size());
  out += "</div>\n";

  out += "<h2>Verteilung der Bewertungen</h2>\n";
  auto hist = s.score_histogram();
  std::size_t scored = 0;
  for (auto n : hist) scored += n;
  if (scored == 0) out += "<p>Die Datensätze enthalten keine Bewertungen.</p>\n";
  else out += histogram_svg(hist) + "\n";

  out += "<h2>Befunde nach Kategorie</h2>\n<p class=\"legend\"><span class=\"l-open\" style=\"background:#c0392b\"></span>offen"
         "<span style=\"background:#e6a23c\"></span>entschärft<span style=\"background:#8e8e93\"></span>begründet</p>\n";
  std::vector<BarRow> cats;
  for (const auto& [id, c] : s.categories()) cats.push_back({id, c.open, c.mitigated, c.justified});
  std::stable_sort(cats.begin(), cats.end(), [](const BarRow& a, const BarRow& b) { return a.open > b.open; });
  out += cats.empty() ? "<p>Keine Befunde.</p>\n" : bars_svg("category-totals", "Befunde nach Kategorie", cats) + "\n";

  out += "<h2>Befunde nach Prinzip</h2>\n<table id=\"principles\"><tr><th>Prinzip</th><th class=\"n\">offen</th>"
         "<th class=\"n\">entschärft</th><th class=\"n\">begründet</th></tr>\n";
  for (const auto& [id, c] : s.principles())
    out += fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n", escape_xml(id),
                       c.open, c.mitigated, c.justified);
  out += "</table>\n";

  out += "<h2>Gesetze mit den meisten offenen Hindernissen</h2>\n";
  std::vector<BarRow> laws;
  auto top = s.top_by_open(opt.top);
  for (const auto& l : top) laws.push_back({l.title.empty() ? l.path : l.title, l.counts.open, 0, 0});
  out += laws.empty() ? "<p>Kein Gesetz mit offenen Hindernissen.</p>\n"
                      : bars_svg("top-laws", "Gesetze mit den meisten offenen Hindernissen", laws) + "\n";
  if (!top.empty()) {
    out += "<table id=\"top-laws-table\"><tr><th class=\"n\">Rang</th><th class=\"n\">offen</th><th>Gesetz</th><th>Datei</th></tr>\n";
    std::size_t rank = 0;
    for (const auto& l : top)
      out += fmt::format("<tr><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td><code>{}</code></td></tr>\n", ++rank,
                         l.counts.open, escape_xml(l.title), escape_xml(l.path));
    out += "</table>\n";
  }

  auto low = s.lowest_scores(opt.top);
  if (!low.empty()) {
    out += "<h2>Gesetze mit der niedrigsten Bewertung</h2>\n<table id=\"lowest-scores\"><tr><th class=\"n\">Rang</th>"
           "<th class=\"n\">Bewertung</th><th>Gesetz</th><th>Datei</th></tr>\n";
    std::size_t rank = 0;
    for (const auto& l : low) {
      std::string score = score_display(l);
      out += fmt::format("<tr><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td><code>{}</code></td></tr>\n", ++rank,
                         score, escape_xml(l.title), escape_xml(l.path));
    }
    out += "</table>\n";
  }

  out += "<h2>Häufigste Formulierungen offener Hindernisse</h2>\n<table id=\"wordings\"><tr><th class=\"n\">Anzahl</th>"
         "<th>Formulierung</th><th>Kategorie</th><th>Regel</th></tr>\n";
  for (const auto& [wording, w] : s.top_wordings(opt.top))
    out += fmt::format("<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", w.count, escape_xml(wording), escape_xml(w.category),
                       escape_xml(w.rule_id));
  out += "</table>\n";

  if (!s.errors().empty()) {
    out += "<h2>Nicht lesbare Dokumente</h2>\n<ul id=\"errors\">\n";
    for (const auto& e : s.errors()) out += "<li><code>" + escape_xml(e.path) + "</code>: " + escape_xml(e.message) + "</li>\n";
    out += "</ul>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace digitalcheck
