// Scoreboard: precision, recall and status accuracy of the rule base against labelled sentences.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "eval/labels.hpp"

namespace digitalcheck {

// Counts for one category (or all together).
struct CategoryCounts {
  // Open findings: a sentence counts as positive when its category is expected (predicted) open.
  int open_tp = 0, open_fp = 0, open_fn = 0;
  // Any status: the category is expected and found at all (status aside).
  int found_tp = 0, found_fp = 0, found_fn = 0;
  int status_right = 0;  // found_tp whose predicted status equals the expected one

  std::optional<double> precision() const;  // open findings; nullopt without any open prediction
  std::optional<double> recall() const;     // open findings; nullopt without any open expectation
  std::optional<double> status_share() const;  // status_right / found_tp
  std::optional<double> found_precision() const;
  std::optional<double> found_recall() const;
  CategoryCounts& operator+=(const CategoryCounts& o);
};

class Scoreboard {
 public:
  // One labelled sentence: what was expected and what the rule base found (category -> status).
  void add(const ExpectedFindings& expected, const ExpectedFindings& predicted);

  const std::map<std::string, CategoryCounts>& categories() const { return per_category_; }
  CategoryCounts total() const;
  int sentences() const { return sentences_; }

 private:
  std::map<std::string, CategoryCounts> per_category_;
  int sentences_ = 0;
};

}  // namespace digitalcheck
