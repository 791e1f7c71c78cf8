// JSON building blocks shared by the JSON-based formats (json, ndjson, sarif helpers).
#pragma once
#include <nlohmann/json.hpp>

#include "report/report.hpp"

namespace digitalcheck {

using ordered_json = nlohmann::ordered_json;

ordered_json finding_json(const Finding& f);
ordered_json document_json(const Analysis& a);
ordered_json tool_json();

}  // namespace digitalcheck
