#include "eval/scoreboard.hpp"

#include <set>

namespace digitalcheck {

namespace {
std::optional<double> ratio(int num, int den) {
  if (den == 0) return std::nullopt;
  return static_cast<double>(num) / den;
}
}  // namespace

std::optional<double> CategoryCounts::precision() const { return ratio(open_tp, open_tp + open_fp); }
std::optional<double> CategoryCounts::recall() const { return ratio(open_tp, open_tp + open_fn); }
std::optional<double> CategoryCounts::status_share() const { return ratio(status_right, found_tp); }
std::optional<double> CategoryCounts::found_precision() const { return ratio(found_tp, found_tp + found_fp); }
std::optional<double> CategoryCounts::found_recall() const { return ratio(found_tp, found_tp + found_fn); }

CategoryCounts& CategoryCounts::operator+=(const CategoryCounts& o) {
  open_tp += o.open_tp, open_fp += o.open_fp, open_fn += o.open_fn;
  found_tp += o.found_tp, found_fp += o.found_fp, found_fn += o.found_fn;
  status_right += o.status_right;
  return *this;
}

void Scoreboard::add(const ExpectedFindings& expected, const ExpectedFindings& predicted) {
  ++sentences_;
  std::set<std::string> cats;
  for (const auto& [c, s] : expected) cats.insert(c);
  for (const auto& [c, s] : predicted) cats.insert(c);
  for (const auto& c : cats) {
    auto e = expected.find(c);
    auto p = predicted.find(c);
    bool exp = e != expected.end(), pred = p != predicted.end();
    bool exp_open = exp && e->second == "open", pred_open = pred && p->second == "open";
    CategoryCounts& k = per_category_[c];
    if (exp_open && pred_open) ++k.open_tp;
    else if (pred_open) ++k.open_fp;
    else if (exp_open) ++k.open_fn;
    if (exp && pred) {
      ++k.found_tp;
      if (e->second == p->second) ++k.status_right;
    } else if (pred) {
      ++k.found_fp;
    } else {
      ++k.found_fn;
    }
  }
}

CategoryCounts Scoreboard::total() const {
  CategoryCounts t;
  for (const auto& [c, k] : per_category_) t += k;
  return t;
}

}  // namespace digitalcheck
