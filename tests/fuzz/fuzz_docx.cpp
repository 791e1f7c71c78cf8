// libFuzzer harness: the docx reader, then the whole analysis. See docs/fuzzing.md.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return digitalcheck::fuzz::run_reader("fuzz.docx", digitalcheck::InputFormat::docx, data, size);
}
