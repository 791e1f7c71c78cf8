#include "match/lazy_regex.hpp"

#include <re2/re2.h>

#include <atomic>
#include <mutex>
#include <stdexcept>

#include "match/rule_base.hpp"

namespace digitalcheck {

struct LazyRegex::State {
  std::string pattern;
  bool case_sensitive = false;
  std::once_flag once;
  std::shared_ptr<re2::RE2> re;
  std::atomic<const re2::RE2*> ready{nullptr};  // set once compiled: the fast path skips call_once
};

LazyRegex::LazyRegex(std::string pattern, bool case_sensitive) : state_(std::make_shared<State>()) {
  state_->pattern = std::move(pattern);
  state_->case_sensitive = case_sensitive;
}

const re2::RE2* LazyRegex::get() const {
  if (!state_) return nullptr;
  if (const re2::RE2* re = state_->ready.load(std::memory_order_acquire)) return re;
  std::call_once(state_->once, [s = state_.get()] {
    std::string error;
    s->re = compile_pattern(s->pattern, s->case_sensitive, &error);
    // The rule base parsed every pattern at load time; what fails here ran out of RE2's memory budget.
    if (!s->re) throw std::runtime_error("RE2 rejected a validated pattern: " + error);
    s->ready.store(s->re.get(), std::memory_order_release);
  });
  return state_->re.get();
}

}  // namespace digitalcheck
