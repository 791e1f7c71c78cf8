// A progress line on stderr for long audits: files done of total, MB/s, ETA. Silent when disabled.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>

namespace digitalcheck {

class Progress {
 public:
  // enabled: normally isatty(stderr). total_bytes may be 0 when sizes are unknown.
  Progress(bool enabled, std::size_t total_files, std::uint64_t total_bytes);
  // Called after each document; redraws at most every 100 ms.
  void update(std::size_t files_done, std::uint64_t bytes_done);
  // Clears the line (call before printing anything else to stderr and at the end).
  void finish();

  // The line for the given state (exposed for tests).
  static std::string line(std::size_t files_done, std::size_t total_files, std::uint64_t bytes_done,
                          std::uint64_t total_bytes, double seconds);

 private:
  bool enabled_;
  std::size_t total_files_;
  std::uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_, last_draw_;
  bool drawn_ = false;
};

}  // namespace digitalcheck
