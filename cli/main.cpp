// digitalcheck: finds what blocks end-to-end digital administration in German legal texts.
#include <CLI/CLI.hpp>
#include <iostream>
#include <vector>

#include "commands.hpp"
#include "digitalcheck/version.hpp"
#include "exit_codes.hpp"

using namespace digitalcheck::cli;

namespace {

// CLI11's parse errors in German; CLI11's own wording stays in brackets where it names the detail.
std::string usage_error(const CLI::Error& e) {
  const std::string what = e.what();
  if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    if (what.find("subcommand") != std::string::npos) return "ein Unterbefehl fehlt (digitalcheck --help zeigt sie)";
    return "Pflichtangabe fehlt (" + what + ")";
  }
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return "unzulässiger Wert (" + what + ")";
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) return "unerwartete Argumente (" + what + ")";
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return "Wert fehlt oder zu viele Werte (" + what + ")";
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return "Wert nicht lesbar (" + what + ")";
  return what;
}

void german_help(CLI::App& app) {
  auto fmt = app.get_formatter();
  fmt->label("Usage", "Aufruf");
  fmt->label("OPTIONS", "OPTIONEN");
  fmt->label("SUBCOMMAND", "UNTERBEFEHL");
  fmt->label("SUBCOMMANDS", "UNTERBEFEHLE");
  fmt->label("Positionals", "Argumente");
  fmt->label("REQUIRED", "(Pflicht)");
  app.option_defaults()->group("Optionen");
  app.set_help_flag("-h,--help", "Diese Hilfe zeigen");
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return "digitalcheck: Aufruffehler: " + usage_error(e) + "\n";
  });
}

// Subcommands get their own help flag in CLI11's default group, and an English group name: ours instead.
void group_help_flags(CLI::App& app) {
  if (auto* help = app.get_help_ptr()) help->group("Optionen");
  for (CLI::App* sub : app.get_subcommands({})) {
    sub->group("Unterbefehle");
    group_help_flags(*sub);
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"digitalcheck – prüft Rechtstexte auf Hindernisse für die durchgängig digitale Verwaltung"};
  german_help(app);
  app.set_version_flag("--version",
                       std::string("digitalcheck ") + digitalcheck::kVersion + " (Regelbasis " +
                           digitalcheck::kRulesVersion + ")",
                       "Version zeigen");
  app.require_subcommand(1);
  const std::vector<Command> commands = {register_check(app), register_rules(app), register_explain(app),
                                         register_eval(app),
                                         register_init(app), register_diff(app),

                                         register_audit(app), register_summarize(app)};
  group_help_flags(app);
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
