// What every command that analyses documents sets up, in one place: the config (explicit or found),
// the rule base (validated against the config, filtered by it), the baseline, the settler and the
// effective gate. check, diff and audit all open a Session and run their Pipelines from it.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "config/config.hpp"
#include "config/settle.hpp"
#include "match/matcher.hpp"
#include "pipeline/pipeline.hpp"

namespace digitalcheck::cli {

struct SessionOptions {
  RuleOptions rules;
  std::string config;     // --config FILE; empty: look for .digitalcheck.yaml from the working directory up
  bool no_config = false;  // --no-config
  std::string fail_on;    // --fail-on; empty: the config's (default error)
  std::optional<double> min_score;  // --min-score
  std::string baseline;   // --baseline REPORT.json; empty: the config's gate.baseline, if any
  std::string input_format;
  std::vector<std::string> include, exclude;  // --include / --exclude, added to the config's
};

// What a command takes beyond --config, --no-config, --rules, --fail-on and --input-format.
struct SessionFlags {
  bool min_score = false;     // --min-score (commands that gate on scores)
  bool baseline = false;      // --baseline
  bool file_filters = false;  // --include / --exclude (commands that walk directories)
};
void add_session_options(CLI::App& cmd, SessionOptions& o, SessionFlags flags);

struct Session {
  Config config;
  RuleBase rules;
  std::optional<Baseline> baseline;
  Gate gate;
  std::optional<InputFormat> input_format;
  std::unique_ptr<Matcher> matcher;
  std::unique_ptr<Settler> settler;

  PipelineOptions pipeline_options() const { return PipelineOptions{input_format, settler.get()}; }
  // Expands directory inputs by the config's include/exclude. A directory that cannot be walked or holds no
  // selected file becomes an error of that input (printed, and in `errors`); the other inputs still count.
  std::vector<std::string> expand(const std::vector<std::string>& inputs, std::vector<Error>& errors) const;
  // Prints every stale justification to stderr (a note, not an error).
  void warn_stale() const;
};

// Opens a session, or prints the error (config, rules, baseline) and returns null: exit code 2.
std::unique_ptr<Session> open_session(const SessionOptions& o);

}  // namespace digitalcheck::cli
