#include "pipeline/analyzer.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "amend/parse.hpp"
#include "input/decode.hpp"
#include "match/text_match.hpp"
#include "pipeline/fingerprint.hpp"
#include "text/normalize.hpp"
#include "util/line_index.hpp"

namespace digitalcheck {

Analysis Analyzer::analyze(Document doc) {
  Analysis a;
  a.structure = parse_structure(doc);
  std::vector<NormalizedText> views;
  views.reserve(doc.blocks.size());
  for (const Block& block : doc.blocks) views.push_back(normalize(block.text));
  // Änderungsbefehle first: their quoted words are blanked so that they never count as operative text.
  if (doc.format == InputFormat::legaldocml) {
    a.amendments.set = parse_legaldocml_instructions(doc);
    locate_legaldocml_instructions(doc, views, a.amendments.set);
  } else {
    a.amendments.set = parse_instructions(doc, views);
  }
  // The operative view: quoted words blanked (same lengths, so the byte maps stay valid).
  std::vector<NormalizedText> masked;
  const std::vector<NormalizedText>* operative = &views;
  if (!a.amendments.set.quoted.empty()) {
    masked = views;
    mask_quoted(a.amendments.set, masked);
    operative = &masked;
  }
  std::vector<TextMatch> matches;
  for (std::size_t bi = 0; bi < doc.blocks.size(); ++bi) {
    const Block& block = doc.blocks[bi];
    // Headings name a provision's topic ("§ 126 Schriftform"); the obligation stands in the norm text.
    if (block.kind == BlockKind::heading) continue;
    const NormalizedText& view = (*operative)[bi];
    if (!matcher_.may_match(view.text)) continue;
    const Provision& prov = a.structure.provisions[a.structure.blocks[bi].provision];
    MatchContext ctx{a.structure.title, prov.heading};
    std::vector<Span> sentences = segmenter_.sentences(view.text);
    matches.clear();
    match_text(matcher_, segmenter_, view.text, sentences, ctx, matches);
    for (const TextMatch& t : matches) {
      const RuleMatch& m = t.match;
      Finding f;
      f.rule = m.rule;
      f.severity = m.rule->severity;
      f.status = m.status;
      std::uint32_t vb = t.scope_begin + m.begin, ve = t.scope_begin + m.end;
      f.match = view.text.substr(vb, ve - vb);
      f.sentence = view.text.substr(t.scope_begin, t.scope_end - t.scope_begin);
      f.match_in_sentence = m.begin;
      if (m.status == FindingStatus::mitigated)
        f.mitigation = f.sentence.substr(m.mitigation_begin, m.mitigation_end - m.mitigation_begin);
      f.citation = a.structure.cite(doc, bi, vb < view.text.size() ? view.block_begin(vb) : block.text.size(), segmenter_);
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
  }

  // What the instructions do to the amended law; obstacles their new text brings in are findings
  // located at the instruction.
  if (!a.amendments.empty()) {
    evaluate_amendments(matcher_, segmenter_, a.amendments);
    for (const AmendmentChange& c : a.amendments.changes) {
      if (c.kind != ChangeKind::introduced) continue;
      const Instruction& ins = a.amendments.set.instructions[c.instruction];
      Finding f;
      f.rule = c.rule;
      f.severity = c.rule->severity;
      f.status = c.status;
      f.match = c.words;
      f.sentence = c.sentence;
      f.match_in_sentence = c.words_in_sentence;
      f.instruction = static_cast<long>(c.instruction);
      std::size_t bi = ins.has_new_text_position ? ins.new_text_block : ins.block;
      std::size_t off = ins.has_new_text_position ? ins.new_text_view_offset + (c.exact_offset ? c.offset_in_new_text : 0)
                                                  : ins.view_offset;
      bool exact = c.exact_offset;
      if (ins.new_text_in_blocks) {
        // Search the words in the quoted blocks of this instruction.
        exact = false;
        for (std::size_t b = bi; b < doc.blocks.size() && doc.blocks[b].hint.quoted_eid == ins.eid; ++b) {
          auto at = views[b].text.find(c.words);
          if (!c.words.empty() && at != std::string::npos) {
            bi = b, off = at, exact = true;
            break;
          }
        }
      } else {
        // The new text may run over several blocks (joined by one '\n' each).
        while (bi + 1 < views.size() && off > views[bi].text.size()) {
          off -= views[bi].text.size() + 1;
          ++bi;
        }
      }
      f.block = bi;
      f.citation = bi < doc.blocks.size() ? a.structure.cite(doc, bi, off < views[bi].text.size() ? views[bi].block_begin(off) : 0, segmenter_) : Citation{};
      if (bi < doc.blocks.size() && doc.blocks[bi].verbatim && off < views[bi].text.size()) {
        const NormalizedText& view = views[bi];
        std::size_t end = std::min(view.text.size(), off + (exact ? c.words.size() : 1));
        f.byte_offset = doc.blocks[bi].source_offset + view.block_begin(off);
        f.byte_length = exact ? view.block_end(end) - view.block_begin(off) : 0;
        f.exact_position = exact;
      } else {
        f.byte_offset = bi < doc.blocks.size() ? doc.blocks[bi].source_offset : 0;
        f.exact_position = false;
      }
      a.findings.push_back(std::move(f));
    }
  }

  std::stable_sort(a.findings.begin(), a.findings.end(), [](const Finding& x, const Finding& y) {
    return std::tie(x.block, x.byte_offset, x.rule->id) < std::tie(y.block, y.byte_offset, y.rule->id);
  });
  // Positions at the report edge: lines and code-point columns in the original text, and byte offsets
  // in the input file's own bytes.
  std::unique_ptr<LineIndex> lines;
  if (!a.findings.empty()) lines = std::make_unique<LineIndex>(doc.source);
  OriginalOffsets to_file(doc.encoding, doc.source);
  for (Finding& f : a.findings) {
    if (doc.blocks.empty()) break;
    const Block& block = doc.blocks[f.block];
    if (block.verbatim && f.exact_position) {
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
  // Fingerprints: rule, matched words and sentence words (pipeline/fingerprint.hpp), plus an occurrence
  // count for repeats of the same obstacle in the same wording.
  std::map<std::string, int> seen;
  for (Finding& f : a.findings) {
    std::string base = fingerprint_base(f.rule->id, f.match, f.sentence);
    int n = seen[base]++;
    f.fingerprint = n > 0 ? base + ":" + std::to_string(n) : base;
  }
  a.document = std::move(doc);
  return a;
}

}  // namespace digitalcheck
