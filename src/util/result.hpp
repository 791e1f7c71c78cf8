// Result<T>: a value or an Error that names the file (and line) it concerns.
#pragma once
#include <string>
#include <utility>
#include <variant>

namespace digitalcheck {

struct Error {
  std::string file;     // the file the error is about; empty when none
  int line = 0;         // 1-based line in that file; 0 when unknown
  std::string message;  // German, for the user

  // "file:line: message" (parts omitted when unknown).
  std::string to_string() const;
};

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// For operations that produce nothing but can fail.
struct Ok {};
using Status = Result<Ok>;

}  // namespace digitalcheck
