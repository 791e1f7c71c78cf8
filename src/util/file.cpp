#include "util/file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>

namespace digitalcheck {

namespace {
std::string errno_text(int err) {
  switch (err) {
    case ENOENT: return "Datei nicht gefunden";
    case EACCES: return "keine Leseberechtigung";
    case EISDIR: return "ist ein Verzeichnis, keine Datei";
    default: return std::strerror(err);
  }
}
}  // namespace

Result<std::string> read_file(const std::string& path) {
  if (path == "-") {
    std::string data((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return data;
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{path, 0, errno_text(errno)};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return Error{path, 0, errno_text(err)};
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Error{path, 0, errno_text(EISDIR)};
  }
  std::string data;
  if (st.st_size > 0) data.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      return Error{path, 0, errno_text(err)};
    }
    if (n == 0) break;
    data.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return data;
}

Result<std::unique_ptr<AtomicFileWriter>> AtomicFileWriter::open(const std::string& path) {
  if (path == "-") {
    std::cout.flush();
    return std::unique_ptr<AtomicFileWriter>(new AtomicFileWriter(path, "", STDOUT_FILENO));
  }
  std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Error{path, 0, std::string("kann nicht geschrieben werden: ") + std::strerror(errno)};
  return std::unique_ptr<AtomicFileWriter>(new AtomicFileWriter(path, tmp, fd));
}

AtomicFileWriter::~AtomicFileWriter() {
  if (tmp_.empty() || committed_) return;
  if (fd_ >= 0) ::close(fd_);
  ::unlink(tmp_.c_str());
}

Status AtomicFileWriter::write(std::string_view data) {
  const char* p = data.data();
  std::size_t left = data.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error{path_, 0, std::string("Schreibfehler: ") + std::strerror(errno)};
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return Ok{};
}

Status AtomicFileWriter::commit() {
  if (tmp_.empty()) {
    committed_ = true;
    return Ok{};
  }
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0 || std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp_.c_str());
    return Error{path_, 0, std::string("kann nicht geschrieben werden: ") + std::strerror(err)};
  }
  committed_ = true;
  return Ok{};
}

Status write_file_atomic(const std::string& path, const std::string& content) {
  if (path == "-") {
    std::cout << content << std::flush;
    return Ok{};
  }
  auto out = AtomicFileWriter::open(path);
  if (!out) return out.error();
  auto written = (*out)->write(content);
  if (!written) return written;
  return (*out)->commit();
}

}  // namespace digitalcheck
