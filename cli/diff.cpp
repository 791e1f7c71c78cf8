// digitalcheck diff OLD NEW: which obstacles a new version of a text introduces, removes and keeps.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "report/diff_report.hpp"
#include "session.hpp"
#include "util/file.hpp"

namespace digitalcheck::cli {

namespace {

struct DiffOptions {
  std::string old_path, new_path;
  std::string format = "text";
  std::string output = "-";
  SessionOptions session;
};

int run_diff(const DiffOptions& o) {
  auto session = open_session(o.session);
  if (!session) return kError;
  Pipeline pipeline(*session->matcher, session->pipeline_options());
  auto old_a = pipeline.run(o.old_path);
  if (!old_a) {
    print_error(old_a.error().to_string());
    return kError;
  }
  auto new_a = pipeline.run(o.new_path);
  if (!new_a) {
    print_error(new_a.error().to_string());
    return kError;
  }
  for (const auto* a : {&*old_a, &*new_a})
    for (const auto& note : a->document.notes) std::cerr << note << "\n";
  session->warn_stale();
  AnalysisDiff d = diff_analyses(*old_a, *new_a);
  std::string out = o.format == "json" ? render_diff_json(d, session->gate) : render_diff_text(d, session->gate);
  auto written = write_file_atomic(o.output, out);
  if (!written) {
    print_error(written.error().to_string());
    return kError;
  }
  return d.introduced_failing(session->gate) > 0 ? kGateFailed : kClean;
}

}  // namespace

Command register_diff(CLI::App& app) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand("diff", "Zwei Fassungen eines Textes vergleichen: neue, entfallene und unveränderte Befunde");
  cmd->add_option("old", o->old_path, "Bisherige Fassung")->required()->type_name("ALT");
  cmd->add_option("new", o->new_path, "Neue Fassung")->required()->type_name("NEU");
  cmd->add_option("--format,-f", o->format, "Ausgabeformat: text, json")->check(CLI::IsMember(diff_formats()));
  cmd->add_option("-o,--output", o->output, "Bericht in DATEI schreiben statt auf die Standardausgabe")->type_name("DATEI");
  add_session_options(*cmd, o->session, SessionFlags{});
  return {cmd, [o] { return run_diff(*o); }};
}

}  // namespace digitalcheck::cli
