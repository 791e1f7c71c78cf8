// Shared driver for the reader fuzzers: read the bytes as a document of one format, then run the whole
// analysis (structure, citations, segmentation, matching) over it with the embedded rule base.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "input/reader.hpp"
#include "match/matcher.hpp"
#include "match/rule_base.hpp"
#include "pipeline/analyzer.hpp"

namespace digitalcheck::fuzz {

inline int run_reader(const std::string& name, InputFormat format, const std::uint8_t* data, std::size_t size) {
  static RuleBase* rules = [] {
    auto r = RuleBase::load_embedded();
    if (!r) std::abort();
    return new RuleBase(std::move(*r));
  }();
  static Matcher* matcher = new Matcher(*rules);
  static Analyzer* analyzer = new Analyzer(*matcher);
  auto doc = parse_document(name, std::string(reinterpret_cast<const char*>(data), size), format);
  if (!doc) {
    if (doc.error().message.empty()) std::abort();  // every refusal explains itself
    return 0;
  }
  Analysis a = analyzer->analyze(std::move(*doc));
  // Every finding must be cited inside the document and point into it.
  for (const Finding& f : a.findings)
    if (f.block >= a.document.blocks.size() || f.line < 1) std::abort();
  return 0;
}

}  // namespace digitalcheck::fuzz
