// digitalcheck check: the drafter's command.
#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "report/report.hpp"
#include "score/gate.hpp"
#include "session.hpp"
#include "util/file.hpp"

namespace digitalcheck::cli {

namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output = "-";
  std::string color = "auto";
  bool quiet = false;
  std::vector<std::string> reports;  // --report FORMAT=FILE
  bool suggest_amendments = false;
  SessionOptions session;
};

struct ReportTarget {
  std::string format;
  std::string path;
};

// Splits "FORMAT=FILE"; the format must be known.
std::optional<ReportTarget> parse_report_target(const std::string& spec) {
  auto eq = spec.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size()) return std::nullopt;
  ReportTarget t{spec.substr(0, eq), spec.substr(eq + 1)};
  const auto& known = report_formats();
  if (std::find(known.begin(), known.end(), t.format) == known.end()) return std::nullopt;
  return t;
}

// True when `out` names the same file as `in` (an output must never overwrite an input).
bool same_file(const std::string& out, const std::string& in) {
  if (out == "-" || in == "-") return false;
  std::error_code ec;
  if (!std::filesystem::exists(out, ec) || !std::filesystem::exists(in, ec)) return false;
  return std::filesystem::equivalent(out, in, ec);
}

bool use_color(const CheckOptions& o) {
  if (o.color == "always") return true;
  if (o.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return o.output == "-" && ::isatty(STDOUT_FILENO);
}

int run_check(const CheckOptions& o) {
  // All outputs: the main one (--format/-o) and every --report FORMAT=FILE.
  std::vector<ReportTarget> targets{{o.format, o.output}};
  for (const auto& spec : o.reports) {
    auto t = parse_report_target(spec);
    if (!t) {
      print_error("--report erwartet FORMAT=DATEI mit einem dieser Formate: " + fmt::format("{}", fmt::join(report_formats(), ", ")) +
                  " (erhalten: '" + spec + "')");
      return kError;
    }
    targets.push_back(*t);
  }
  auto session = open_session(o.session);
  if (!session) return kError;
  RunResult run;
  const std::vector<std::string> paths = session->expand(o.paths, run.errors);
  for (const auto& t : targets)
    for (const auto& in : paths)
      if (same_file(t.path, in)) {
        print_error(t.path + ": Ausgabedatei ist zugleich Eingabedatei; sie wird nicht überschrieben");
        return kError;
      }

  ReportOptions ropt;
  ropt.gate = session->gate;
  ropt.color = o.format == "text" && use_color(o);
  ropt.summary = !o.quiet;

  Pipeline pipeline(*session->matcher, session->pipeline_options());
  run.rules = &session->rules;
  run.config_path = session->config.path;
  if (session->baseline) run.baseline_path = session->baseline->path;
  for (const auto& path : paths) {
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
  run.stale_justifications = session->settler->stale();
  if (!o.quiet) session->warn_stale();

  if (o.suggest_amendments) {
    // Änderungsbefehle for the fixable findings instead of the findings report.
    if (o.format != "text" && o.format != "markdown") {
      print_error("--suggest-amendments gibt es nur als text oder markdown, nicht als '" + o.format + "'");
      return kError;
    }
    auto written = write_file_atomic(o.output, render_suggestions(suggest_amendments(run.analyses), o.format == "markdown"));
    if (!written) {
      print_error(written.error().to_string());
      return kError;
    }
    return run.errors.empty() ? kClean : kError;
  }
  // Render everything before writing anything: a failure leaves no report behind. Colour only on the terminal.
  std::vector<std::string> texts;
  for (const auto& t : targets) {
    ReportOptions topt = ropt;
    topt.color = ropt.color && t.path == "-";
    auto text = render(t.format, run, topt);
    if (!text) {
      print_error(text.error().to_string());
      return kError;
    }
    texts.push_back(std::move(*text));
  }
  for (std::size_t i = 0; i < targets.size(); ++i) {
    auto written = write_file_atomic(targets[i].path, texts[i]);
    if (!written) {
      print_error(written.error().to_string());
      return kError;
    }
  }
  if (!run.errors.empty()) return kError;
  bool failed = false;
  for (const auto& a : run.analyses) {
    GateVerdict v = judge(a, session->gate);
    if (v.score_too_low && !o.quiet)
      std::cerr << fmt::format("digitalcheck: {}: Punktzahl {} liegt unter der Mindestpunktzahl {}\n", a.document.path,
                               *v.score, *session->gate.min_score);
    failed = failed || v.failed();
  }
  return failed ? kGateFailed : kClean;
}

}  // namespace

Command register_check(CLI::App& app) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Prüft Entwürfe und Normtexte auf Medienbrüche");
  std::string formats;
  for (const auto& f : report_formats()) formats += (formats.empty() ? "" : ", ") + f;
  cmd->add_option("PFAD", o->paths, "Dateien oder Verzeichnisse (oder - für die Standardeingabe)")->required()->type_name("");
  cmd->add_option("-f,--format", o->format, "Ausgabeformat: " + formats + " (Standard: text)")
      ->check(CLI::IsMember(report_formats()))
      ->type_name("FORMAT");
  cmd->add_option("-o,--output", o->output, "Bericht in DATEI schreiben statt auf die Standardausgabe")
      ->type_name("DATEI");
  cmd->add_option("--color", o->color, "Farbe: auto (nur am Terminal, NO_COLOR beachtet), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WANN");
  cmd->add_option("--report", o->reports,
                  "Zusätzlicher Bericht FORMAT=DATEI, wiederholbar (z. B. --report sarif=out.sarif --report html=out.html)")
      ->type_name("FORMAT=DATEI");
  cmd->add_flag("--suggest-amendments", o->suggest_amendments,
                "Statt des Berichts Änderungsbefehle für die Befunde mit sicherem Änderungsvorschlag ausgeben "
                "(Format text oder markdown)");
  cmd->add_flag("-q,--quiet", o->quiet, "Nur Befunde ausgeben, keine Zusammenfassung und Hinweise");
  add_session_options(*cmd, o->session, SessionFlags{.min_score = true, .baseline = true, .file_filters = true});
  return {cmd, [o] { return run_check(*o); }};
}

}  // namespace digitalcheck::cli
