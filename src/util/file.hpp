// File input and output: whole-file reads with clear errors, atomic writes.
#pragma once
#include <string>

#include "util/result.hpp"

namespace digitalcheck {

// Reads a whole file ("-" reads standard input). Refuses directories and unreadable files.
Result<std::string> read_file(const std::string& path);

// Writes content to path through a temporary file in the same directory and a rename, so that
// a reader never sees a half-written file and a failed run leaves nothing behind. "-" writes stdout.
Status write_file_atomic(const std::string& path, const std::string& content);

}  // namespace digitalcheck
