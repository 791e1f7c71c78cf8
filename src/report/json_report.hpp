// JSON building blocks shared by the JSON-based formats (json, ndjson, sarif helpers).
#pragma once
#include <nlohmann/json.hpp>

#include "report/report.hpp"
#include "score/score.hpp"

namespace digitalcheck {

using ordered_json = nlohmann::ordered_json;

ordered_json finding_json(const Finding& f);
// A score object: {"value", "grade", "exact", "provisions", "open": {...}, "mitigated", "justified", "penalty"}.
ordered_json score_json(const Score& s);
// The one record per document: path, format, title, score (document, principles, provisions), findings.
// `json` collects these under "documents"; `ndjson` and the batch audit write one per line.
ordered_json document_json(const Analysis& a);
ordered_json document_json(const Analysis& a, const DocumentScore& score);
ordered_json amendments_json(const AmendmentAnalysis& am);
// The record of a document that could not be read: {"path", "error" (German message), "line"?}.
ordered_json error_record_json(const std::string& path, const Error& e);
ordered_json tool_json();

}  // namespace digitalcheck
