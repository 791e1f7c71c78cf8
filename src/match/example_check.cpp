#include "match/example_check.hpp"

#include "input/reader.hpp"
#include "pipeline/analyzer.hpp"

namespace digitalcheck {

namespace {

// The example as a small Markdown document read by the real reader: optional title and provision
// heading, then the example text.
Document example_document(const Rule& rule, const RuleExample& ex, std::size_t* text_offset) {
  std::string source;
  if (!ex.title.empty()) source += "# " + ex.title + "\n\n";
  if (!ex.heading.empty()) source += "§ 1 " + ex.heading + "\n\n";
  *text_offset = source.size();
  source += ex.text + "\n";
  auto doc = parse_document(rule.file + ":" + std::to_string(ex.line), source, InputFormat::markdown);
  return doc ? std::move(*doc) : Document{};
}

}  // namespace

std::vector<ExampleOutcome> check_examples(const Matcher& matcher) {
  std::vector<ExampleOutcome> out;
  Analyzer analyzer(matcher);
  for (const Rule& rule : matcher.rules().rules()) {
    auto run = [&](const RuleExample& ex, bool is_match) {
      ExampleOutcome o{&rule, &ex, is_match, false, ""};
      std::size_t offset = 0;
      Analysis a = analyzer.analyze(example_document(rule, ex, &offset));
      const Finding* hit = nullptr;
      for (const auto& f : a.findings)
        if (f.rule == &rule) {
          hit = &f;
          break;
        }
      if (is_match) {
        std::string expected = ex.text.substr(ex.span_begin, ex.span_end - ex.span_begin);
        if (!hit) {
          o.problem = "Regel schlägt nicht an (erwartet: »" + expected + "«)";
        } else if (hit->byte_offset != offset + ex.span_begin || hit->byte_length != expected.size()) {
          o.problem = "Treffer »" + hit->match + "« statt »" + expected + "«";
        } else if (ex.expected_status != to_string(hit->status)) {
          o.problem = std::string("Status ") + to_string(hit->status) + " statt " + ex.expected_status;
        } else {
          o.passed = true;
        }
      } else {
        if (hit) o.problem = "Regel schlägt an bei »" + hit->match + "«, sollte nicht";
        else o.passed = true;
      }
      out.push_back(std::move(o));
    };
    for (const auto& ex : rule.match_examples) run(ex, true);
    for (const auto& ex : rule.no_match_examples) run(ex, false);
  }
  return out;
}

}  // namespace digitalcheck
