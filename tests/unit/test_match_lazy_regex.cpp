// LazyRegex: compiled once, on first use, by whichever thread comes first.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <thread>
#include <vector>

#include "match/lazy_regex.hpp"

using namespace digitalcheck;

TEST_CASE("an empty LazyRegex has no regex") {
  LazyRegex none;
  CHECK_FALSE(none);
  CHECK(none.get() == nullptr);
}

TEST_CASE("the options given are the ones compiled") {
  LazyRegex folded("schriftlich", false), exact("schriftlich", true);
  REQUIRE(folded.get() != nullptr);
  CHECK(RE2::PartialMatch("SCHRIFTLICH", *folded.get()));
  CHECK_FALSE(RE2::PartialMatch("SCHRIFTLICH", *exact.get()));
  CHECK(RE2::PartialMatch("schriftlich", *exact.get()));
}

TEST_CASE("threads racing for the first use get one and the same regex") {
  LazyRegex re("(?:schriftlich|elektronisch)\\p{Latin}*", false);
  LazyRegex copy = re;  // copies share the compiled regex
  std::vector<const re2::RE2*> seen(8, nullptr);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) threads.emplace_back([&, t] { seen[t] = (t % 2 ? copy : re).get(); });
  for (auto& t : threads) t.join();
  REQUIRE(seen[0] != nullptr);
  for (const re2::RE2* p : seen) CHECK(p == seen[0]);
  CHECK(RE2::PartialMatch("die Schriftliche", *seen[0]));
}
