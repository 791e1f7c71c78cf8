// html: one self-contained page (no external assets, no script) per run. Per document: the score, one SVG bar
// per principle, a navigation list of the provisions, the full text with every finding highlighted in place
// (colour by severity; message and suggestion in the tooltip; a click jumps to the finding's card) and the cards.
// Every piece of input text goes through escape_xml; a Content-Security-Policy forbids all scripts besides.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "digitalcheck/version.hpp"
#include "report/report.hpp"
#include "report/wording.hpp"
#include "score/score.hpp"
#include "text/normalize.hpp"

namespace digitalcheck {

namespace {

const char* kStyle = R"(
:root{--err:#c62828;--err-bg:#ffcdd2;--warn:#b26a00;--warn-bg:#ffe0a3;--info:#1565c0;--info-bg:#d6e6fb;--ok:#2e7d32}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d1d1f;background:#f6f7f9}
header.top{background:#16324f;color:#fff;padding:10px 24px;font-size:14px}
article.doc{display:grid;grid-template-columns:250px 1fr;gap:0;margin:0 0 32px}
nav.prov{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:16px;border-right:1px solid #dde1e6;background:#fff}
nav.prov h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#555;margin:0 0 8px}
nav.prov ol{list-style:none;margin:0;padding:0}
nav.prov li a{display:flex;justify-content:space-between;gap:8px;padding:4px 6px;border-radius:4px;color:#1d1d1f;text-decoration:none;font-size:14px}
nav.prov li a:hover{background:#eef2f7}
.content{padding:20px 32px;max-width:980px}
.summary{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:16px 20px;margin-bottom:20px;display:flex;gap:28px;flex-wrap:wrap;align-items:flex-start}
.summary>div:first-child{flex:1 1 300px}
.summary h1{font-size:20px;margin:0 0 4px}
.summary .path{color:#555;font-size:13px;margin:0 0 10px;word-break:break-all}
.big{font-size:44px;font-weight:700;line-height:1}
.big small{font-size:18px;color:#555;font-weight:400}
.big .grade{font-size:28px;vertical-align:middle}
.grade{display:inline-block;min-width:1.7em;text-align:center;border-radius:4px;color:#fff;font-weight:700;padding:0 4px}
.g-A{background:#2e7d32}.g-B{background:#689f38}.g-C{background:#c49000}.g-D{background:#ef6c00}.g-E{background:#c62828}
.inputs{font-size:13px;color:#444;margin-top:8px}
section.provision{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:8px 20px 12px;margin-bottom:14px;scroll-margin-top:8px}
section.provision:target{outline:3px solid #90caf9}
.ph{display:flex;justify-content:space-between;align-items:center;gap:12px;border-bottom:1px solid #eef0f3;margin-bottom:6px}
.ph h2{font-size:17px;margin:8px 0}
.text p{white-space:pre-line;margin:6px 0}
.text .h{font-weight:600;margin:10px 0 4px}
a.hl{color:inherit;text-decoration:none;border-radius:3px;padding:0 1px;border-bottom:2px solid}
a.hl.sev-error{background:var(--err-bg);border-color:var(--err)}
a.hl.sev-warning{background:var(--warn-bg);border-color:var(--warn)}
a.hl.sev-info{background:var(--info-bg);border-color:var(--info)}
a.hl.settled{background:#e8f5e9;border-bottom:2px dotted var(--ok)}
a.hl:hover,a.hl:focus{outline:2px solid #444}
a.marker{font-size:12px;vertical-align:super;text-decoration:none}
ol.cards{list-style:none;margin:8px 0 0;padding:0}
li.card{border-left:4px solid #999;background:#fafbfc;padding:6px 12px;margin:6px 0;border-radius:0 6px 6px 0;font-size:14px;scroll-margin-top:8px}
li.card:target{background:#fff8d6;box-shadow:0 0 0 2px #f2c94c}
li.card.sev-error{border-color:var(--err)} li.card.sev-warning{border-color:var(--warn)} li.card.sev-info{border-color:var(--info)}
li.card.settled{border-color:var(--ok)}
.card .meta{font-weight:600}
.card .sev{font-size:12px;text-transform:uppercase;letter-spacing:.03em;padding:1px 6px;border-radius:3px;color:#fff;margin-right:6px}
.sev.sev-error{background:var(--err)}.sev.sev-warning{background:var(--warn)}.sev.sev-info{background:var(--info)}
.card p{margin:3px 0}
.card .back{font-size:12px}
nav.docs{background:#fff;border-bottom:1px solid #dde1e6;padding:10px 24px}
nav.docs h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#555;margin:0 0 6px}
nav.docs ol{margin:0;padding-left:20px}
nav.docs .path{color:#555;font-size:13px}
footer{color:#666;font-size:12px;padding:0 24px 24px}
)";

const char* grade_colour(char g) {
  switch (g) {
    case 'A': return "#2e7d32";
    case 'B': return "#689f38";
    case 'C': return "#c49000";
    case 'D': return "#ef6c00";
    default: return "#c62828";
  }
}

std::string grade_badge(const Score& s) {
  return fmt::format("<span class=\"grade g-{0}\" title=\"Note {0}\">{0}</span>", s.grade);
}

// One horizontal bar per principle, as inline SVG.
std::string principle_bars(const DocumentScore& ds) {
  const int row = 36, bar_x = 0, bar_w = 420;
  std::string svg = fmt::format(
      "<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"540\" height=\"{}\" viewBox=\"0 0 540 {}\" "
      "role=\"img\" aria-label=\"Punkte je Prinzip\">\n",
      5 * row, 5 * row);
  for (std::size_t i = 0; i < 5; ++i) {
    const Principle& p = principles()[i];
    const Score& s = ds.principles[i];
    int y = static_cast<int>(i) * row;
    svg += fmt::format("<g class=\"bar\" data-principle=\"{}\" data-score=\"{}\"><title>{} {}: {}/100, Note {}, {} offene Befunde</title>\n",
                       p.id, s.value, p.id, escape_xml(p.name), s.value, s.grade, ds.open_by_principle[i]);
    svg += fmt::format("<text x=\"0\" y=\"{}\" font-size=\"12\" fill=\"#333\"><tspan font-weight=\"700\">{}</tspan> {}</text>\n",
                       y + 12, p.id, escape_xml(p.name));
    svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"3\" fill=\"#e3e6ea\"/>\n", bar_x, y + 17, bar_w);
    svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"3\" fill=\"{}\"/>\n", bar_x, y + 17,
                       bar_w * s.value / 100, grade_colour(s.grade));
    svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#333\"><tspan font-weight=\"700\">{} {}</tspan> "
                       "<tspan font-size=\"11\">{} offen</tspan></text>\n</g>\n",
                       bar_w + 10, y + 29, s.value, s.grade, ds.open_by_principle[i]);
  }
  return svg + "</svg>";
}

std::string tooltip(const Finding& f) {
  std::string t = std::string(severity_label(f.severity)) + " " + f.rule->id + " " + f.rule->title + " (" +
                  status_label(f.status) + "): " + f.rule->message;
  if (f.status == FindingStatus::open) t += "\nVorschlag: " + f.rule->suggestion;
  if (f.status == FindingStatus::mitigated) t += "\nEntschärft durch: " + f.mitigation;
  if (f.status == FindingStatus::justified) t += "\nBegründung: " + f.justification;
  return t;
}

// The CSS class of a highlight covered by these findings: the highest open severity, or "settled".
std::string highlight_class(const std::vector<const Finding*>& fs) {
  int sev = -1;
  for (const Finding* f : fs)
    if (f->status == FindingStatus::open) sev = std::max(sev, static_cast<int>(f->severity));
  if (sev < 0) return "settled";
  return std::string("sev-") + to_string(static_cast<Severity>(sev));
}

struct Highlight {
  std::size_t begin, end;  // in block text
  std::size_t finding;     // index into Analysis::findings
};

// One block's text with its findings highlighted. `skip` bytes at the start (a Markdown heading's '#') are not
// shown. Overlapping findings are cut into segments, each linked to the first finding covering it.
std::string highlighted_block(const Analysis& a, std::size_t block, const std::vector<Highlight>& spans, std::size_t skip,
                              const std::string& doc_id) {
  const std::string& text = a.document.blocks[block].text;
  std::set<std::size_t> cuts{skip, text.size()};
  std::string markers;
  for (const Highlight& s : spans) {
    if (s.end <= s.begin || s.end <= skip) {  // no exact place: a marker at the block's start
      const Finding& f = a.findings[s.finding];
      markers += fmt::format("<a class=\"marker hl {}\" id=\"{}-m{}\" href=\"#{}-f{}\" title=\"{}\">⚑</a>",
                             highlight_class({&f}), doc_id, s.finding, doc_id, s.finding, escape_xml(tooltip(f)));
      continue;
    }
    cuts.insert(std::max(s.begin, skip));
    cuts.insert(s.end);
  }
  std::string out = markers;
  std::set<std::size_t> started;
  for (auto it = cuts.begin(); it != cuts.end() && std::next(it) != cuts.end(); ++it) {
    std::size_t b = *it, e = *std::next(it);
    std::vector<const Finding*> covering;
    std::vector<std::size_t> ids;
    for (const Highlight& s : spans)
      if (s.end > s.begin && std::max(s.begin, skip) <= b && s.end >= e) {
        covering.push_back(&a.findings[s.finding]);
        ids.push_back(s.finding);
      }
    std::string piece = escape_xml(std::string_view(text).substr(b, e - b));
    if (covering.empty()) {
      out += piece;
      continue;
    }
    std::string title, anchor;
    for (std::size_t k = 0; k < covering.size(); ++k) {
      title += (k ? "\n\n" : "") + tooltip(*covering[k]);
      if (started.insert(ids[k]).second) anchor += fmt::format(" id=\"{}-m{}\"", doc_id, ids[k]);
    }
    std::string list;
    for (std::size_t id : ids) list += (list.empty() ? "" : " ") + std::to_string(id);
    out += fmt::format("<a class=\"hl {}\"{} href=\"#{}-f{}\" data-findings=\"{}\" title=\"{}\">{}</a>",
                       highlight_class(covering), anchor, doc_id, ids.front(), list, escape_xml(title), piece);
  }
  return out;
}

std::string finding_card(const Finding& f, std::size_t i, const std::string& doc_id) {
  std::string cls = f.status == FindingStatus::open ? std::string("sev-") + to_string(f.severity) : "settled";
  std::string cite = f.citation.display();
  std::string out = fmt::format("<li class=\"card {}\" id=\"{}-f{}\" data-rule=\"{}\" data-status=\"{}\">", cls, doc_id, i,
                                escape_xml(f.rule->id), to_string(f.status));
  out += fmt::format("<p class=\"meta\"><span class=\"sev sev-{}\">{}</span>{} · {} {} · {} · Zeile {}</p>",
                     to_string(f.severity), severity_label(f.severity), escape_xml(cite.empty() ? "ohne Fundstelle" : cite),
                     escape_xml(f.rule->id), escape_xml(f.rule->title), status_label(f.status), f.line);
  out += "<p>" + escape_xml(f.rule->message) + "</p>";
  if (f.status == FindingStatus::open) out += "<p><strong>Vorschlag:</strong> " + escape_xml(f.rule->suggestion) + "</p>";
  if (f.status == FindingStatus::mitigated) out += "<p><strong>Entschärft durch:</strong> „" + escape_xml(f.mitigation) + "“</p>";
  if (f.status == FindingStatus::justified) out += "<p><strong>Begründung:</strong> " + escape_xml(f.justification) + "</p>";
  out += fmt::format("<p class=\"back\"><a href=\"#{}-m{}\">↑ zur Textstelle</a></p></li>\n", doc_id, i);
  return out;
}

// Bytes of Markdown heading syntax ("## ") at the start of a heading block.
std::size_t heading_prefix(const Block& b) {
  if (b.kind != BlockKind::heading) return 0;
  std::size_t i = 0;
  while (i < b.text.size() && b.text[i] == '#') ++i;
  if (i == 0) return 0;
  while (i < b.text.size() && b.text[i] == ' ') ++i;
  return i;
}

std::string document_article(const Analysis& a, std::size_t d) {
  const std::string doc_id = "d" + std::to_string(d);
  DocumentScore ds = score_document(a);
  const Score& s = ds.score;
  const Structure& st = a.structure;

  // Findings per block, as spans in the block's text.
  std::vector<std::vector<Highlight>> spans(a.document.blocks.size());
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    const Finding& f = a.findings[i];
    if (f.block >= a.document.blocks.size()) continue;
    const Block& b = a.document.blocks[f.block];
    std::size_t begin = 0, end = 0;
    if (f.exact_position && b.verbatim && f.byte_offset >= b.source_offset) {
      begin = f.byte_offset - b.source_offset;
      end = std::min(begin + f.byte_length, b.text.size());
    } else if (!f.match.empty()) {
      // XML inputs know only the element's position: find the match in the block's matching view (the same
      // view the analyzer matched on) and map it back to the block text.
      NormalizedText view = normalize(b.text);
      auto s = view.text.find(f.sentence);
      std::size_t vb = s == std::string::npos ? view.text.find(f.match) : s + f.match_in_sentence;
      if (vb != std::string::npos && vb + f.match.size() <= view.text.size()) {
        begin = view.block_begin(vb);
        end = view.block_end(vb + f.match.size());
      }
    }
    spans[f.block].push_back({begin, end, i});
  }
  std::map<std::size_t, std::size_t> unit_of;  // provision index -> index into ds.provisions
  for (std::size_t u = 0; u < ds.provisions.size(); ++u) unit_of[ds.provisions[u].provision] = u;
  std::vector<std::vector<std::size_t>> findings_of_provision(st.provisions.size());
  for (std::size_t i = 0; i < a.findings.size(); ++i)
    if (a.findings[i].block < st.blocks.size()) findings_of_provision[st.blocks[a.findings[i].block].provision].push_back(i);

  std::string out = fmt::format("<article class=\"doc\" id=\"{}\">\n<nav class=\"prov\"><h2>Vorschriften</h2><ol>\n", doc_id);
  for (std::size_t p = 0; p < st.provisions.size(); ++p) {
    auto u = unit_of.find(p);
    if (u == unit_of.end() && findings_of_provision[p].empty()) continue;
    std::string label = st.provisions[p].norm.empty() ? (u == unit_of.end() ? "Eingang" : "Gesamttext") : st.provisions[p].norm;
    std::string badge = u == unit_of.end() ? "" : fmt::format("{} {}", ds.provisions[u->second].score.value,
                                                                grade_badge(ds.provisions[u->second].score));
    out += fmt::format("<li><a href=\"#{}-p{}\"><span>{}{}</span><span>{}</span></a></li>\n", doc_id, p, escape_xml(label),
                       st.provisions[p].heading.empty() ? "" : " " + escape_xml(st.provisions[p].heading), badge);
  }
  out += "</ol></nav>\n<div class=\"content\">\n";

  out += "<div class=\"summary\"><div>";
  out += "<h1>" + escape_xml(st.title.empty() ? a.document.path : st.title) + "</h1>";
  out += "<p class=\"path\">" + escape_xml(a.document.path) + "</p>";
  out += fmt::format("<div class=\"big\" data-score=\"{}\">{}<small>/100</small> {}</div>", s.value, s.value, grade_badge(s));
  out += fmt::format("<p class=\"inputs\">{} · {} Strafpunkte</p>", escape_xml(inputs_label(s.inputs)),
                     s.inputs.penalty);
  if (!a.amendments.empty())
    out += "<p class=\"effect\"><strong>Wirkung des Änderungsentwurfs:</strong> " + escape_xml(effect_summary(a.amendments)) + "</p>";
  out += "</div>" + principle_bars(ds) + "</div>\n";

  for (std::size_t p = 0; p < st.provisions.size(); ++p) {
    const Provision& prov = st.provisions[p];
    if (prov.first_block >= prov.end_block) continue;
    auto u = unit_of.find(p);
    std::string label = prov.norm.empty() ? "" : prov.norm + (prov.heading.empty() ? "" : " " + prov.heading);
    out += fmt::format("<section class=\"provision\" id=\"{}-p{}\">", doc_id, p);
    if (!label.empty() || u != unit_of.end()) {
      out += "<div class=\"ph\"><h2>" + escape_xml(label.empty() ? "Gesamttext" : label) + "</h2>";
      if (u != unit_of.end()) {
        const ProvisionScore& ps = ds.provisions[u->second];
        out += fmt::format("<span class=\"pscore\" data-score=\"{}\">{}/100 {}</span>", ps.score.value, ps.score.value,
                           grade_badge(ps.score));
      }
      out += "</div>";
    }
    out += "<div class=\"text\">\n";
    for (std::size_t b = prov.first_block; b < prov.end_block; ++b) {
      const Block& blk = a.document.blocks[b];
      bool heading = blk.kind == BlockKind::heading || !st.blocks[b].counts_sentences;
      if (heading && !prov.norm.empty() && b == prov.first_block && spans[b].empty()) continue;  // shown as <h2>
      out += heading ? "<p class=\"h\">" : "<p>";
      out += highlighted_block(a, b, spans[b], heading_prefix(blk), doc_id);
      out += "</p>\n";
    }
    out += "</div>\n";
    if (!findings_of_provision[p].empty()) {
      out += "<ol class=\"cards\">\n";
      for (std::size_t i : findings_of_provision[p]) out += finding_card(a.findings[i], i, doc_id);
      out += "</ol>\n";
    }
    out += "</section>\n";
  }
  out += "</div>\n</article>\n";
  return out;
}

}  // namespace

std::string render_html(const RunResult& run, const ReportOptions&) {
  std::string title = run.analyses.size() == 1
                          ? "Digitalcheck: " + (run.analyses[0].structure.title.empty() ? run.analyses[0].document.path
                                                                                        : run.analyses[0].structure.title)
                          : "Digitalcheck: " + std::to_string(run.analyses.size()) + " Dokumente";
  std::string out = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + escape_xml(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  out += fmt::format("<header class=\"top\">digitalcheck {} · Regelbasis {} · Bericht zur Digitaltauglichkeit</header>\n",
                     kVersion, kRulesVersion);
  if (run.analyses.size() > 1) {
    // Several documents: a list of them with their scores first, each linking to its article.
    out += "<nav class=\"docs\"><h2>Dokumente</h2><ol>\n";
    for (std::size_t d = 0; d < run.analyses.size(); ++d) {
      const Analysis& a = run.analyses[d];
      Score s = score_document(a).score;
      out += fmt::format("<li><a href=\"#d{}\" data-score=\"{}\">{} {}</a> <span class=\"path\">{}</span></li>\n", d,
                         s.value, s.value, grade_badge(s),
                         escape_xml(a.structure.title.empty() ? a.document.path : a.structure.title + " – " + a.document.path));
    }
    out += "</ol></nav>\n";
  }
  for (std::size_t d = 0; d < run.analyses.size(); ++d) out += document_article(run.analyses[d], d);
  for (const auto& e : run.errors) out += "<p class=\"error\">Nicht geprüft: " + escape_xml(e.to_string()) + "</p>\n";
  out += fmt::format(
      "<footer>Punkte: Mittel der Vorschriften; je offenem Befund Fehler −{}, Warnung −{}, Hinweis −{} "
      "(siehe docs/scoring.md). Farben: rot Fehler, gelb Warnung, blau Hinweis, grün entschärft oder begründet.</footer>\n",
      severity_penalty(Severity::error), severity_penalty(Severity::warning), severity_penalty(Severity::info));
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace digitalcheck
