// digitalcheck check: the drafter's command.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "input/reader.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"
#include "util/file.hpp"

namespace digitalcheck::cli {

namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output = "-";
  std::string fail_on = "error";
  std::string input_format;
  std::string color = "auto";
  bool quiet = false;
  RuleOptions rules;
};

bool use_color(const CheckOptions& o) {
  if (o.color == "always") return true;
  if (o.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return o.output == "-" && ::isatty(STDOUT_FILENO);
}

int run_check(const CheckOptions& o) {
  auto rules = load_rules(o.rules);
  if (!rules) return kError;
  std::optional<InputFormat> forced;
  if (!o.input_format.empty()) {
    forced = parse_input_format(o.input_format);
    if (!forced) {
      print_error("unbekanntes Eingabeformat '" + o.input_format + "'");
      return kError;
    }
  }
  ReportOptions ropt;
  if (o.fail_on == "none") ropt.gate_enabled = false;
  else ropt.fail_on = *parse_severity(o.fail_on);
  ropt.color = o.format == "text" && use_color(o);
  ropt.summary = !o.quiet;

  Matcher matcher(*rules);
  Pipeline pipeline(matcher, PipelineOptions{forced});
  RunResult run;
  run.rules = &*rules;
  for (const auto& path : o.paths) {
    auto analysis = pipeline.run(path);
    if (!analysis) {
      print_error(analysis.error().to_string());
      run.errors.push_back(analysis.error());
      continue;
    }
    if (!o.quiet)
      for (const auto& note : analysis->document.notes) std::cerr << note << "\n";
    run.analyses.push_back(std::move(*analysis));
  }

  auto text = render(o.format, run, ropt);
  if (!text) {
    print_error(text.error().to_string());
    return kError;
  }
  auto written = write_file_atomic(o.output, *text);
  if (!written) {
    print_error(written.error().to_string());
    return kError;
  }
  if (!run.errors.empty()) return kError;
  if (!ropt.gate_enabled) return kClean;
  for (const auto& a : run.analyses)
    for (const auto& f : a.findings)
      if (f.status == FindingStatus::open && f.severity >= ropt.fail_on) return kGateFailed;
  return kClean;
}

}  // namespace

Command register_check(CLI::App& app) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Prüft Entwürfe und Normtexte auf Medienbrüche");
  cmd->add_option("paths", o->paths, "Dateien (oder - für die Standardeingabe)")->required()->type_name("PATH");
  cmd->add_option("--format,-f", o->format, "Ausgabeformat")->check(CLI::IsMember(report_formats()));
  cmd->add_option("-o,--output", o->output, "Ausgabedatei (Standard: Standardausgabe)")->type_name("FILE");
  cmd->add_option("--fail-on", o->fail_on, "Schwelle für Exit-Code 1: none, info, warning, error")
      ->check(CLI::IsMember({"none", "info", "warning", "error"}));
  cmd->add_option("--input-format", o->input_format, "Eingabeformat erzwingen: text, markdown, gii, legaldocml, docx");
  cmd->add_option("--color", o->color, "Farbe: auto, always, never")->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_flag("-q,--quiet", o->quiet, "Nur Befunde ausgeben, keine Zusammenfassung und Hinweise");
  add_rule_options(*cmd, o->rules);
  return {cmd, [o] { return run_check(*o); }};
}

}  // namespace digitalcheck::cli
