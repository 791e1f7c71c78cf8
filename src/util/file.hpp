// File input and output: whole-file reads with clear errors, atomic writes.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "util/result.hpp"

namespace digitalcheck {

// Reads a whole file ("-" reads standard input). Refuses directories and unreadable files.
Result<std::string> read_file(const std::string& path);

// Writes content to path through a temporary file in the same directory and a rename, so that
// a reader never sees a half-written file and a failed run leaves nothing behind. "-" writes stdout.
Status write_file_atomic(const std::string& path, const std::string& content);

// The streaming form of write_file_atomic: pieces are appended to a temporary file in the target's
// directory, and commit() renames it into place. Destroyed without commit(), it removes the
// temporary file and leaves any previous file untouched. For "-" pieces go straight to stdout.
class AtomicFileWriter {
 public:
  static Result<std::unique_ptr<AtomicFileWriter>> open(const std::string& path);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  // Writes all of data (retrying short writes and EINTR).
  Status write(std::string_view data);
  Status commit();

 private:
  AtomicFileWriter(std::string path, std::string tmp, int fd) : path_(std::move(path)), tmp_(std::move(tmp)), fd_(fd) {}
  std::string path_, tmp_;  // tmp_ empty for stdout
  int fd_;
  bool committed_ = false;
};

}  // namespace digitalcheck
