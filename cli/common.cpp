#include <cstdlib>
#include <iostream>

#include "commands.hpp"

namespace digitalcheck::cli {

void add_rule_options(CLI::App& cmd, RuleOptions& opt) {
  cmd.add_option("--rules", opt.rules_dir,
                 "Regelverzeichnis statt der eingebauten Regelbasis (Vorgabe: Umgebungsvariable DIGITALCHECK_RULES)")
      ->type_name("VERZEICHNIS");
}

std::optional<RuleBase> load_rules(const RuleOptions& opt) {
  std::string dir = opt.rules_dir;
  if (const char* env = std::getenv("DIGITALCHECK_RULES"); dir.empty() && env && *env) dir = env;
  auto rules = dir.empty() ? RuleBase::load_embedded() : RuleBase::load_directory(dir);
  if (!rules) {
    print_error(rules.error().to_string());
    return std::nullopt;
  }
  return std::move(*rules);
}

void print_error(const std::string& message) { std::cerr << "digitalcheck: " << message << "\n"; }

}  // namespace digitalcheck::cli
