#include "pipeline/pipeline.hpp"

#include "config/settle.hpp"
#include "input/reader.hpp"

namespace digitalcheck {

Result<Analysis> Pipeline::run(const std::string& path) {
  auto doc = read_document(path, options_.input_format);
  if (!doc) return doc.error();
  return run(std::move(*doc));
}

Analysis Pipeline::run(Document doc) {
  Analysis a = analyzer_.analyze(std::move(doc));
  if (options_.settler) options_.settler->settle(a);
  return a;
}

}  // namespace digitalcheck
