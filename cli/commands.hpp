// Each subcommand registers itself on the CLI11 app and returns its exit code when run.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>

#include "match/rule_base.hpp"

namespace digitalcheck::cli {

// Options every command that loads rules shares.
struct RuleOptions {
  std::string rules_dir;  // empty: the embedded rule base
};
void add_rule_options(CLI::App& cmd, RuleOptions& opt);
// Loads the rules or prints the error (exit code 2 follows).
std::optional<RuleBase> load_rules(const RuleOptions& opt);

// Prints "digitalcheck: <message>" to stderr.
void print_error(const std::string& message);

// A registered subcommand: its CLI11 app and what runs when it was given.
struct Command {
  CLI::App* app;
  std::function<int()> run;
};
Command register_check(CLI::App& app);
Command register_rules(CLI::App& app);
Command register_explain(CLI::App& app);
Command register_eval(CLI::App& app);
Command register_init(CLI::App& app);
Command register_diff(CLI::App& app);
Command register_audit(CLI::App& app);
Command register_summarize(CLI::App& app);

}  // namespace digitalcheck::cli
