// Pipeline: the one way from a path to a finished Analysis, used by every command (check, audit, diff,
// eval). Later stages (settling against a config, scoring) are added here, not in the commands.
#pragma once
#include <optional>
#include <string>

#include "input/document.hpp"
#include "pipeline/analyzer.hpp"
#include "util/result.hpp"

namespace digitalcheck {

class Settler;

struct PipelineOptions {
  std::optional<InputFormat> input_format;  // forced format (--input-format); else by extension/content
  const Settler* settler = nullptr;  // config/settle.hpp: justifications, severity overrides, baseline
};

// Not thread-safe (owns an Analyzer): one Pipeline per thread, all sharing one Matcher.
class Pipeline {
 public:
  Pipeline(const Matcher& matcher, PipelineOptions options) : analyzer_(matcher), options_(std::move(options)) {}

  // Reads and analyses one input ("-" for standard input).
  Result<Analysis> run(const std::string& path);
  // Analyses a document already read (tests, examples, amendment sources), then settles it.
  Analysis run(Document doc);

 private:
  Analyzer analyzer_;
  PipelineOptions options_;
};

}  // namespace digitalcheck
