#include "pipeline/analyzer.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "input/decode.hpp"
#include "text/normalize.hpp"
#include "util/line_index.hpp"
#include "util/hash.hpp"

namespace digitalcheck {

namespace {

std::string lower_ascii(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

Analysis Analyzer::analyze(Document doc) {
  Analysis a;
  a.structure = parse_structure(doc);
  std::vector<RuleMatch> matches;
  std::unique_ptr<LineIndex> lines;
  for (std::size_t bi = 0; bi < doc.blocks.size(); ++bi) {
    const Block& block = doc.blocks[bi];
    NormalizedText view = normalize(block.text);
    if (!matcher_.may_match(view.text)) continue;
    const Provision& prov = a.structure.provisions[a.structure.blocks[bi].provision];
    MatchContext ctx{a.structure.title, prov.heading};

    auto emit = [&](std::uint32_t scope_begin, std::uint32_t scope_end) {
      for (const RuleMatch& m : matches) {
        Finding f;
        f.rule = m.rule;
        f.severity = m.rule->severity;
        f.status = m.status;
        std::uint32_t vb = scope_begin + m.begin, ve = scope_begin + m.end;
        f.match = view.text.substr(vb, ve - vb);
        f.sentence = view.text.substr(scope_begin, scope_end - scope_begin);
        f.match_in_sentence = m.begin;
        if (m.status == FindingStatus::mitigated)
          f.mitigation = f.sentence.substr(m.mitigation_begin, m.mitigation_end - m.mitigation_begin);
        f.citation = a.structure.cite(doc, bi, vb < view.text.size() ? view.block_begin(vb) : block.text.size(),
                                      segmenter_);
        f.block = bi;
        if (block.verbatim) {
          f.byte_offset = block.source_offset + view.block_begin(vb);
          f.byte_length = view.block_end(ve) - view.block_begin(vb);
        } else {
          f.byte_offset = block.source_offset;
          f.byte_length = 0;
          f.exact_position = false;
        }
        a.findings.push_back(std::move(f));
      }
      matches.clear();
    };

    std::vector<Span> sentences = segmenter_.sentences(view.text);
    for (std::size_t si = 0; si < sentences.size(); ++si) {
      std::string_view s(view.text.data() + sentences[si].begin, sentences[si].end - sentences[si].begin);
      matcher_.match(s, Scope::sentence, ctx, segmenter_, matches);
      emit(sentences[si].begin, sentences[si].end);
    }
    matcher_.match(view.text, Scope::paragraph, ctx, segmenter_, matches);
    // Paragraph-scope findings are cited at their start (Structure::cite finds the sentence).
    emit(0, static_cast<std::uint32_t>(view.text.size()));
  }

  std::stable_sort(a.findings.begin(), a.findings.end(), [](const Finding& x, const Finding& y) {
    return std::tie(x.block, x.byte_offset, x.rule->id) < std::tie(y.block, y.byte_offset, y.rule->id);
  });
  // Positions at the report edge: lines and code-point columns in the original text, and byte offsets
  // in the input file's own bytes.
  if (!a.findings.empty()) lines = std::make_unique<LineIndex>(doc.source);
  OriginalOffsets to_file(doc.encoding, doc.source);
  for (Finding& f : a.findings) {
    const Block& block = doc.blocks[f.block];
    if (block.verbatim) {
      LineColumn b = lines->locate(f.byte_offset);
      LineColumn e = lines->locate(f.byte_offset + f.byte_length);
      f.line = b.line, f.column = b.column, f.end_line = e.line, f.end_column = e.column;
      f.file_offset = to_file(f.byte_offset);
      f.file_length = to_file(f.byte_offset + f.byte_length) - f.file_offset;
    } else {
      LineColumn b = block.source_line > 0 ? LineColumn{block.source_line, 1} : lines->locate(f.byte_offset);
      f.line = f.end_line = b.line;
      f.column = f.end_column = b.column;
      f.file_offset = to_file(f.byte_offset);
      f.file_length = 0;
    }
  }
  // Fingerprints: rule, normalised match and sentence, plus an occurrence count for repeats.
  std::map<std::uint64_t, int> seen;
  for (Finding& f : a.findings) {
    std::uint64_t h = fnv1a64(f.rule->id);
    h = fnv1a64("\x1f", h);
    h = fnv1a64(lower_ascii(f.match), h);
    h = fnv1a64("\x1f", h);
    h = fnv1a64(f.sentence, h);
    int n = seen[h]++;
    f.fingerprint = hex64(h) + (n > 0 ? ":" + std::to_string(n) : "");
  }
  a.document = std::move(doc);
  return a;
}

}  // namespace digitalcheck
