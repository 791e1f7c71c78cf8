#include "audit/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>

namespace digitalcheck {

Progress::Progress(bool enabled, std::size_t total_files, std::uint64_t total_bytes)
    : enabled_(enabled), total_files_(total_files), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

std::string Progress::line(std::size_t files_done, std::size_t total_files, std::uint64_t bytes_done,
                           std::uint64_t total_bytes, double seconds) {
  const int width = 24;
  double fraction = total_bytes > 0 ? static_cast<double>(bytes_done) / static_cast<double>(total_bytes)
                    : total_files > 0 ? static_cast<double>(files_done) / static_cast<double>(total_files)
                                      : 1.0;
  fraction = std::clamp(fraction, 0.0, 1.0);
  int filled = static_cast<int>(fraction * width + 0.5);
  double mb = static_cast<double>(bytes_done) / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  std::string eta = "–";
  if (fraction > 0 && fraction < 1 && seconds > 0.2) {
    auto left = static_cast<long>(seconds * (1 - fraction) / fraction + 0.5);
    eta = fmt::format("{}:{:02}", left / 60, left % 60);
  } else if (fraction >= 1) {
    eta = "0:00";
  }
  return fmt::format("[{}{}] {}/{} Dateien  {:.1f} MB/s  Rest {}", std::string(static_cast<std::size_t>(filled), '#'),
                     std::string(static_cast<std::size_t>(width - filled), '.'), files_done, total_files, rate, eta);
}

void Progress::update(std::size_t files_done, std::uint64_t bytes_done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100) && files_done < total_files_) return;
  last_draw_ = now;
  drawn_ = true;
  double seconds = std::chrono::duration<double>(now - start_).count();
  std::string s = "\r" + line(files_done, total_files_, bytes_done, total_bytes_, seconds) + "\x1b[K";
  ssize_t n = ::write(STDERR_FILENO, s.data(), s.size());
  (void)n;
}

void Progress::finish() {
  if (!enabled_ || !drawn_) return;
  const char clear[] = "\r\x1b[K";
  ssize_t n = ::write(STDERR_FILENO, clear, sizeof clear - 1);
  (void)n;
  drawn_ = false;
}

}  // namespace digitalcheck
