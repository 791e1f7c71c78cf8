#include "pipeline/pipeline.hpp"

#include "input/reader.hpp"

namespace digitalcheck {

Result<Analysis> Pipeline::run(const std::string& path) {
  auto doc = read_document(path, options_.input_format);
  if (!doc) return doc.error();
  return run(std::move(*doc));
}

Analysis Pipeline::run(Document doc) { return analyzer_.analyze(std::move(doc)); }

}  // namespace digitalcheck
