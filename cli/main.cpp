// digitalcheck: finds what blocks end-to-end digital administration in German legal texts.
#include <CLI/CLI.hpp>
#include <iostream>
#include <vector>

#include "commands.hpp"
#include "digitalcheck/version.hpp"
#include "exit_codes.hpp"

using namespace digitalcheck::cli;

int main(int argc, char** argv) {
  CLI::App app{"digitalcheck – prüft Rechtstexte auf Hindernisse für die durchgängig digitale Verwaltung"};
  app.set_version_flag("--version",
                       std::string("digitalcheck ") + digitalcheck::kVersion + " (Regelbasis " +
                           digitalcheck::kRulesVersion + ")");
  app.require_subcommand(1);
  const std::vector<Command> commands = {register_check(app), register_rules(app), register_explain(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kClean : kError;
  }
  try {
    for (const auto& cmd : commands)
      if (cmd.app->parsed()) return cmd.run();
  } catch (const std::exception& e) {
    print_error(std::string("interner Fehler: ") + e.what());
    return kError;
  }
  return kError;
}
