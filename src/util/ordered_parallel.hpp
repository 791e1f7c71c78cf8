// Ordered parallel map: items are processed by worker threads, results are handed on in input order.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace digitalcheck {

// Calls map(index, worker) for every index in [0, count) on `jobs` worker threads (worker is
// 0..jobs-1, so callers can keep per-thread state such as a Pipeline) and reduce(index, result) on
// the calling thread, strictly in index order. At most `window` results are computed ahead of the
// one reduce waits for, so memory stays bounded however many items there are. When `cancel`
// becomes true no new item is started; results already computed are still reduced in order up to
// the first gap, the rest dropped. jobs <= 1 runs everything on the calling thread.
// An exception thrown by map or reduce is rethrown on the calling thread after the workers stopped.
template <class T, class Map, class Reduce>
void ordered_parallel(std::size_t count, unsigned jobs, std::size_t window, Map map, Reduce reduce,
                      const std::atomic<bool>* cancel = nullptr) {
  auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
  if (jobs <= 1) {
    for (std::size_t i = 0; i < count && !cancelled(); ++i) reduce(i, map(i, 0u));
    return;
  }
  if (window < jobs) window = jobs;
  std::mutex mu;
  std::condition_variable result_ready, slot_free;
  std::deque<std::optional<T>> pending;  // pending[k] is the result of item next + k
  std::size_t next = 0;                   // the item reduce waits for
  std::size_t claimed = 0;                // items handed to workers so far
  std::size_t running = jobs;
  bool stop = false;
  std::exception_ptr failure;

  auto worker = [&](unsigned w) {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mu);
        slot_free.wait(lock, [&] { return stop || claimed >= count || claimed < next + window || cancelled(); });
        if (stop || claimed >= count || cancelled()) break;
        i = claimed++;
      }
      std::optional<T> result;
      try {
        result.emplace(map(i, w));
      } catch (...) {
        std::lock_guard lock(mu);
        if (!failure) failure = std::current_exception();
        stop = true;
        break;
      }
      std::lock_guard lock(mu);
      std::size_t k = i - next;
      if (pending.size() <= k) pending.resize(k + 1);
      pending[k] = std::move(result);
      if (k == 0) result_ready.notify_one();
    }
    std::lock_guard lock(mu);
    --running;
    result_ready.notify_one();
    slot_free.notify_all();
  };

  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned w = 0; w < jobs; ++w) threads.emplace_back(worker, w);

  for (;;) {
    std::optional<T> item;
    {
      std::unique_lock lock(mu);
      result_ready.wait(lock, [&] { return (!pending.empty() && pending.front()) || running == 0 || stop; });
      if (stop || pending.empty() || !pending.front()) {
        if (running == 0 || stop) break;
        continue;
      }
      item = std::move(pending.front());
      pending.pop_front();
      ++next;
      slot_free.notify_all();
    }
    try {
      reduce(next - 1, std::move(*item));
    } catch (...) {
      std::lock_guard lock(mu);
      if (!failure) failure = std::current_exception();
      break;
    }
    if (next == count) break;
  }
  {
    std::lock_guard lock(mu);
    stop = true;
    slot_free.notify_all();
  }
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace digitalcheck
