// Scores: how ready for digital administration a document, a principle and a provision are (0-100, grade A-E).
// The one score computation; every report and every command (gates, audit ranking) uses it. See docs/scoring.md.
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/analyzer.hpp"

namespace digitalcheck {

// The five federal principles of the Digitalcheck (version of June 2025), DOMAIN.md §2.
struct Principle {
  const char* id;        // "P1"
  const char* name;      // "Digitale Angebote für alle nutzbar gestalten"
  const char* question;  // the documentation's question for this principle (German)
};
const std::array<Principle, 5>& principles();
// Index 0-4 of "P1".."P5"; nullopt for anything else.
std::optional<std::size_t> principle_index(std::string_view id);

// Penalty points an open finding of this severity costs its provision (mitigated and justified cost 0).
int severity_penalty(Severity s);

// What produced a score, so that a reader can retrace it.
struct ScoreInputs {
  std::size_t provisions = 0;            // provisions (scoring units) counted
  std::array<std::size_t, 3> open{};     // open findings by Severity (index: info, warning, error)
  std::size_t mitigated = 0;
  std::size_t justified = 0;
  int penalty = 0;                       // sum of severity_penalty over the open findings
  std::size_t open_total() const { return open[0] + open[1] + open[2]; }
};

struct Score {
  int value = 100;     // 0-100, rounded from exact
  double exact = 100;  // unrounded mean
  char grade = 'A';    // 'A'..'E', from value
  ScoreInputs inputs;
};

// Grade of a rounded score value: A >= 90, B >= 75, C >= 60, D >= 40, E below.
char grade_for(int value);

struct ProvisionScore {
  std::size_t provision = 0;  // index into Structure::provisions
  std::string norm;           // "§ 5"; empty when the text has no provisions (one unit: the whole text)
  std::string heading;
  Score score;                               // all principles
  std::array<Score, 5> principles;           // P1..P5
};

struct DocumentScore {
  Score score;                               // the document's score: mean over its provisions
  std::array<Score, 5> principles;           // P1..P5, each a mean over the same provisions
  std::vector<ProvisionScore> provisions;    // the counted provisions, in document order
  // Open findings by principle (P1..P5) over the whole document.
  std::array<std::size_t, 5> open_by_principle{};
  // The ProvisionScore (index into `provisions`) a finding counts in.
  std::vector<std::size_t> finding_provision;  // parallel to Analysis::findings
};

// Scores one analysed document. Pure and cheap (linear in findings and blocks): call it whenever a score is
// needed, after the findings' statuses are settled.
DocumentScore score_document(const Analysis& a);

// A display name for a provision: its norm, or "Gesamttext" for a text without provisions.
std::string provision_label(const ProvisionScore& p);

}  // namespace digitalcheck
