// The summary of a batch audit, rebuilt from per-document records (document_json / error_record_json),
// so that an audit and `summarize` over its NDJSON (or over the NDJSON of its shards) agree exactly.
#pragma once
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "report/json_report.hpp"
#include "util/result.hpp"

namespace digitalcheck {

struct StatusCounts {
  std::size_t open = 0;
  std::size_t mitigated = 0;
  std::size_t justified = 0;
  std::size_t total() const { return open + mitigated + justified; }
};

// What the summary keeps of one law: a few fields, never its findings.
struct LawSummary {
  std::string path;
  std::string title;
  std::optional<double> score;  // the record's document score (0-100), when it has one
  std::string grade;            // its grade A-E, when the record has one
  StatusCounts counts;
};

struct WordingCount {
  std::size_t count = 0;
  std::string category;  // category of the first finding with this wording
  std::string rule_id;   // rule of the first finding with this wording
};

struct RecordError {
  std::string path;
  std::string message;
};

// Memory grows with the number of laws (one LawSummary each) and distinct wordings, not with findings.
class AuditSummary {
 public:
  // Adds one record. A record with an "error" field counts as an unreadable document. Returns an
  // error (German) when the record is not a document record at all.
  Status add(const ordered_json& record);

  std::size_t documents() const { return laws_.size(); }  // readable documents
  std::size_t obstacle_free() const { return obstacle_free_; }
  const StatusCounts& findings() const { return findings_; }
  const std::map<std::string, StatusCounts>& categories() const { return categories_; }
  const std::map<std::string, StatusCounts>& principles() const { return principles_; }
  const std::map<std::string, StatusCounts>& rules() const { return rules_; }
  const std::vector<RecordError>& errors() const { return errors_; }
  const std::vector<LawSummary>& laws() const { return laws_; }  // in record order

  // Laws with open obstacles, most first (ties by path); at most n.
  std::vector<LawSummary> top_by_open(std::size_t n) const;
  // Laws with a score, lowest (least digital-ready) first (ties by path); at most n.
  std::vector<LawSummary> lowest_scores(std::size_t n) const;
  // Open-obstacle wordings (lower-cased match text), most frequent first (ties alphabetical); at most n.
  std::vector<std::pair<std::string, WordingCount>> top_wordings(std::size_t n) const;
  // Number of scored laws per tenth of the score range [0, 100]: ten buckets, 100 in the last.
  std::vector<std::size_t> score_histogram() const;

 private:
  std::size_t obstacle_free_ = 0;
  StatusCounts findings_;
  std::map<std::string, StatusCounts> categories_, principles_, rules_;
  std::map<std::string, WordingCount> wordings_;
  std::vector<RecordError> errors_;
  std::vector<LawSummary> laws_;
};

struct SummaryOptions {
  std::size_t top = 20;  // rows in the rankings
};

// The formats render_summary() knows: text, markdown, csv, html, json.
const std::vector<std::string>& summary_formats();
Result<std::string> render_summary(const std::string& format, const AuditSummary& s, const SummaryOptions& opt);

// "63 (C)", "–" without a score (German decimal comma for fractional scores).
std::string score_display(const LawSummary& l);
// "12,5 %" of part in whole (one decimal, German comma), "–" when whole is 0.
std::string percent_display(std::size_t part, std::size_t whole);

// Per-format renderers (report/summary_report.cpp, report/summary_html.cpp).
std::string render_summary_text(const AuditSummary& s, const SummaryOptions& opt);
std::string render_summary_markdown(const AuditSummary& s, const SummaryOptions& opt);
std::string render_summary_csv(const AuditSummary& s, const SummaryOptions& opt);
std::string render_summary_html(const AuditSummary& s, const SummaryOptions& opt);
ordered_json summary_json(const AuditSummary& s, const SummaryOptions& opt);

}  // namespace digitalcheck
