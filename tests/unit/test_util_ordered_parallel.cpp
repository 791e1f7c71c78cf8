#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "util/ordered_parallel.hpp"

using namespace digitalcheck;

namespace {
// Uneven work so that later items often finish before earlier ones.
int slow_square(std::size_t i) {
  std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 13 * 50));
  return static_cast<int>(i * i);
}
}  // namespace

TEST_CASE("results arrive in input order whatever the number of jobs") {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    std::vector<std::size_t> order;
    std::vector<int> values;
    ordered_parallel<int>(
        200, jobs, 4 * jobs, [](std::size_t i, unsigned) { return slow_square(i); },
        [&](std::size_t i, int v) {
          order.push_back(i);
          values.push_back(v);
        });
    REQUIRE(order.size() == 200);
    for (std::size_t i = 0; i < order.size(); ++i) {
      CHECK(order[i] == i);
      CHECK(values[i] == static_cast<int>(i * i));
    }
  }
}

TEST_CASE("worker ids stay within jobs and no more than window items run ahead") {
  const unsigned jobs = 3;
  const std::size_t window = 5;
  std::atomic<std::size_t> reduced{0};
  std::atomic<std::size_t> max_ahead{0};
  std::atomic<bool> bad_worker{false};
  ordered_parallel<int>(
      300, jobs, window,
      [&](std::size_t i, unsigned w) {
        if (w >= jobs) bad_worker = true;
        std::size_t ahead = i - reduced.load();
        std::size_t m = max_ahead.load();
        while (ahead > m && !max_ahead.compare_exchange_weak(m, ahead)) {
        }
        return slow_square(i);
      },
      [&](std::size_t, int) { reduced.fetch_add(1); });
  CHECK_FALSE(bad_worker.load());
  CHECK(reduced.load() == 300);
  CHECK(max_ahead.load() <= window);
}

TEST_CASE("cancel stops new work and keeps an unbroken prefix") {
  for (unsigned jobs : {1u, 2u, 4u}) {
    std::atomic<bool> cancel{false};
    std::vector<std::size_t> order;
    ordered_parallel<int>(
        10000, jobs, 8,
        [&](std::size_t i, unsigned) {
          if (i == 50) cancel = true;
          return static_cast<int>(i);
        },
        [&](std::size_t i, int) { order.push_back(i); }, &cancel);
    CHECK(order.size() >= 1);
    CHECK(order.size() < 10000);
    for (std::size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
  }
}

TEST_CASE("an exception in map reaches the caller after the workers stopped") {
  for (unsigned jobs : {1u, 2u}) {
    CHECK_THROWS_AS(ordered_parallel<int>(
                        100, jobs, 4,
                        [](std::size_t i, unsigned) -> int {
                          if (i == 17) throw std::runtime_error("boom");
                          return 0;
                        },
                        [](std::size_t, int) {}),
                    std::runtime_error);
  }
}

TEST_CASE("zero items calls nothing") {
  int calls = 0;
  ordered_parallel<int>(0, 4, 8, [&](std::size_t, unsigned) { return ++calls; }, [&](std::size_t, int) { ++calls; });
  CHECK(calls == 0);
}
