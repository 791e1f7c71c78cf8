#include "eval/evaluate.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

#include "input/reader.hpp"
#include "pipeline/pipeline.hpp"
#include "text/normalize.hpp"
#include "util/file.hpp"
#include "util/hash.hpp"

namespace digitalcheck {

std::string sentence_hash(std::string_view text) { return hex64(fnv1a64(text)).substr(0, 12); }

std::vector<SentenceRef> sentence_references(const Analysis& a, Segmenter& segmenter) {
  std::vector<SentenceRef> out;
  std::map<std::size_t, int> satz_in_provision;
  for (std::size_t bi = 0; bi < a.document.blocks.size(); ++bi) {
    const Block& block = a.document.blocks[bi];
    const BlockPlace& place = a.structure.blocks[bi];
    if (block.kind == BlockKind::heading || !place.counts_sentences) continue;
    const std::string& norm = a.structure.provisions[place.provision].norm;
    NormalizedText view = normalize(block.text);
    for (const Span& s : segmenter.sentences(view.text)) {
      SentenceRef r;
      r.block = bi;
      r.norm = norm.empty() ? "-" : norm;
      r.satz = ++satz_in_provision[place.provision];
      r.text = view.text.substr(s.begin, s.end - s.begin);
      r.hash = sentence_hash(r.text);
      out.push_back(std::move(r));
    }
  }
  return out;
}

namespace {

void add_finding(ExpectedFindings& out, const Finding& f) {
  const std::string status = f.status == FindingStatus::mitigated ? "mitigated" : "open";
  auto [it, inserted] = out.emplace(f.rule->category, status);
  if (!inserted && status == "open") it->second = "open";
}

}  // namespace

ExpectedFindings findings_in_sentence(const Analysis& a, std::size_t block, std::string_view sentence) {
  ExpectedFindings out;
  for (const Finding& f : a.findings)
    if (f.block == block && f.sentence == sentence) add_finding(out, f);
  return out;
}

Result<EvalResult> evaluate_own(const Matcher& matcher, const std::string& path) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path().string());
    std::sort(files.begin(), files.end());
    if (files.empty()) return Error{path, 0, "keine Korpusdateien (*.txt) gefunden"};
  } else {
    files.push_back(path);
  }
  EvalResult result;
  Pipeline pipeline(matcher, PipelineOptions{InputFormat::markdown});
  for (const auto& file : files) {
    auto content = read_file(file);
    if (!content) return content.error();
    auto docs = parse_own_corpus(file, *content);
    if (!docs) return docs.error();
    ++result.files;
    for (const OwnDocument& od : *docs) {
      // The document as Markdown: title, provision headings, one paragraph per sentence.
      std::string source;
      struct Place {
        const OwnSentence* sentence;
        std::size_t begin, end;
      };
      std::vector<Place> places;
      if (!od.title.empty()) source += "# " + od.title + "\n\n";
      for (const auto& p : od.provisions) {
        if (!p.norm_and_heading.empty()) source += "## " + p.norm_and_heading + "\n\n";
        for (const auto& s : p.sentences) {
          places.push_back({&s, source.size(), source.size() + s.text.size()});
          source += s.text + "\n\n";
        }
      }
      auto doc = parse_document(file + ":" + std::to_string(od.line), source, InputFormat::markdown);
      if (!doc) return doc.error();
      Analysis a = pipeline.run(std::move(*doc));
      for (const Place& pl : places) {
        ExpectedFindings predicted;
        for (const Finding& f : a.findings)
          if (f.byte_offset >= pl.begin && f.byte_offset < pl.end) add_finding(predicted, f);
        result.board.add(pl.sentence->expected, predicted);
        if (predicted != pl.sentence->expected)
          result.misses.push_back({file + ":" + std::to_string(pl.sentence->line), pl.sentence->text,
                                   pl.sentence->expected, predicted});
      }
    }
  }
  return result;
}

EvalResult evaluate_real(const Matcher& matcher, const std::vector<RealLabel>& labels, const std::string& corpus_root) {
  EvalResult result;
  Pipeline pipeline(matcher, PipelineOptions{});
  Segmenter segmenter;
  std::map<std::string, std::vector<const RealLabel*>> by_file;
  for (const auto& l : labels) by_file[l.file].push_back(&l);
  for (const auto& [file, ls] : by_file) {
    auto analysis = pipeline.run(corpus_root + "/" + file);
    if (!analysis) {
      result.unresolved += static_cast<int>(ls.size());
      result.problems.push_back(analysis.error().to_string());
      continue;
    }
    ++result.files;
    std::vector<SentenceRef> refs = sentence_references(*analysis, segmenter);
    for (const RealLabel* l : ls) {
      const SentenceRef* hit = nullptr;
      for (const auto& r : refs)
        if (r.norm == l->norm && r.satz == l->satz && r.hash == l->hash) hit = &r;
      if (!hit) {
        for (const auto& r : refs)
          if (r.hash == l->hash) {
            hit = &r;
            break;
          }
        if (hit) ++result.moved;
      }
      if (!hit) {
        ++result.unresolved;
        result.problems.push_back(file + " " + l->norm + " Satz " + std::to_string(l->satz) + " (Zeile " +
                                  std::to_string(l->line) + "): Satz mit Prüfsumme " + l->hash + " nicht gefunden");
        continue;
      }
      ExpectedFindings predicted = findings_in_sentence(*analysis, hit->block, hit->text);
      result.board.add(l->expected, predicted);
      if (predicted != l->expected)
        result.misses.push_back({file + " " + hit->norm + " Satz " + std::to_string(hit->satz), hit->text, l->expected,
                                 predicted});
    }
  }
  return result;
}



}  // namespace digitalcheck
