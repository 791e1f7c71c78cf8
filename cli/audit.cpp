// digitalcheck audit: the whole body of law, in parallel, streamed; digitalcheck summarize: the
// summary rebuilt from audit records (NDJSON), so shards audited apart merge into one report.
#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include "audit/inputs.hpp"
#include "audit/progress.hpp"
#include "commands.hpp"
#include "digitalcheck/version.hpp"
#include "exit_codes.hpp"
#include "input/reader.hpp"
#include "pipeline/pipeline.hpp"
#include "report/summary.hpp"
#include "util/file.hpp"
#include "util/ordered_parallel.hpp"

namespace digitalcheck::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void on_interrupt(int) { g_interrupted.store(true); }

// SIGINT / SIGTERM stop the audit after the documents in progress; a second signal kills at once.
void install_interrupt_handlers() {
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART | SA_RESETHAND;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

const std::vector<std::string>& audit_formats() {
  static const std::vector<std::string> f = {"ndjson", "json", "text", "markdown", "csv", "html"};
  return f;
}

constexpr auto kJsonErrors = nlohmann::json::error_handler_t::replace;

struct AuditOptions {
  std::vector<std::string> paths;
  std::string format = "ndjson";
  std::string output = "-";
  std::vector<std::string> include, exclude;
  std::string shard;
  std::string input_format;
  unsigned jobs = 0;
  std::size_t top = 20;
  RuleOptions rules;
};

// One finished document on its way from a worker to the writer.
struct AuditItem {
  ordered_json record;  // null for ndjson once dumped: the worker frees what it allocated
  std::string line;     // record.dump(), made by the worker when the format writes records
  bool is_error = false;
  std::uint64_t bytes = 0;
};

// Collects output and hands it to the writer in whole lines only.
class LineSink {
 public:
  explicit LineSink(AtomicFileWriter& out) : out_(out) {}
  Status append(std::string_view s) {
    buf_ += s;
    if (buf_.size() >= (1 << 18)) return flush();
    return Ok{};
  }
  Status flush() {
    if (buf_.empty()) return Ok{};
    auto st = out_.write(buf_);
    buf_.clear();
    return st;
  }

 private:
  AtomicFileWriter& out_;
  std::string buf_;
};

int run_audit(const AuditOptions& o) {
  install_interrupt_handlers();
  std::optional<Shard> shard;
  if (!o.shard.empty()) {
    shard = parse_shard(o.shard);
    if (!shard) {
      print_error("ungültige Angabe für --shard '" + o.shard + "' (erwartet K/N mit 1 ≤ K ≤ N, z. B. 2/8)");
      return kError;
    }
  }
  std::optional<InputFormat> forced;
  if (!o.input_format.empty()) {
    forced = parse_input_format(o.input_format);
    if (!forced) {
      print_error("unbekanntes Eingabeformat '" + o.input_format + "'");
      return kError;
    }
  }
  auto rules = load_rules(o.rules);
  if (!rules) return kError;

  PathFilter filter;
  for (auto [patterns, globs] : {std::pair{&o.include, &filter.include}, std::pair{&o.exclude, &filter.exclude}})
    for (const auto& pattern : *patterns) {
      auto glob = Glob::compile(pattern);
      if (!glob) {
        print_error("ungültiges Muster '" + pattern + "': " + glob.error().message);
        return kError;
      }
      globs->push_back(std::move(*glob));
    }
  std::vector<AuditInput> inputs = collect_inputs(o.paths, filter);
  if (shard) inputs = select_shard(std::move(inputs), *shard);
  std::uint64_t total_bytes = 0;
  for (const auto& in : inputs) total_bytes += in.bytes;

  unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, inputs.size())));
  Matcher matcher(*rules);
  std::vector<std::unique_ptr<Pipeline>> pipelines;
  for (unsigned w = 0; w < jobs; ++w) pipelines.push_back(std::make_unique<Pipeline>(matcher, PipelineOptions{forced}));

  auto out = AtomicFileWriter::open(o.output);
  if (!out) {
    print_error(out.error().to_string());
    return kError;
  }
  LineSink sink(**out);
  const bool records = o.format == "ndjson" || o.format == "json";
  Status written = Ok{};
  auto emit = [&](std::string_view s) {
    if (written) written = sink.append(s);
  };
  if (o.format == "json") {
    ordered_json head;
    head["schema_version"] = 1;
    head["tool"] = tool_json();
    std::string h = head.dump();
    h.pop_back();  // reopen the object
    emit(h + ",\"documents\":[\n");
  }

  Progress progress(::isatty(STDERR_FILENO) != 0, inputs.size(), total_bytes);
  AuditSummary summary;
  std::vector<ordered_json> error_records;  // json format: listed after the documents
  std::size_t done = 0, errors = 0, documents_written = 0;
  std::uint64_t bytes_done = 0;

  auto map = [&](std::size_t i, unsigned w) {
    const AuditInput& in = inputs[i];
    AuditItem item;
    item.bytes = in.bytes;
    if (!in.error.empty()) {
      item.record = error_record_json(in.path, Error{in.path, 0, in.error});
    } else {
      auto analysis = pipelines[w]->run(in.path);
      item.record = analysis ? document_json(*analysis) : error_record_json(in.path, analysis.error());
    }
    item.is_error = item.record.contains("error");
    if (records) item.line = item.record.dump(-1, ' ', false, kJsonErrors);
    if (o.format == "ndjson") item.record = nullptr;
    return item;
  };
  auto reduce = [&](std::size_t, AuditItem&& item) {
    const bool is_error = item.is_error;
    if (is_error) ++errors;
    if (o.format != "ndjson") summary.add(item.record);  // records made by document_json always fit
    if (o.format == "ndjson") {
      emit(item.line + "\n");
    } else if (o.format == "json" && is_error) {
      error_records.push_back(std::move(item.record));
    } else if (o.format == "json") {
      emit((documents_written++ ? ",\n" : "") + item.line);
    }
    ++done;
    bytes_done += item.bytes;
    progress.update(done, bytes_done);
  };
  // Laws differ in size by three orders of magnitude. A window of 128 results per worker lets the other
  // workers go on while one reads a large law (with 4 per worker, --jobs 2 was only about 1.5 times as
  // fast as --jobs 1); the results waiting are NDJSON lines, a few KB each.
  ordered_parallel<AuditItem>(inputs.size(), jobs, 128 * jobs, map, reduce, &g_interrupted);
  progress.finish();

  const bool interrupted = g_interrupted.load();
  SummaryOptions sopt;
  sopt.top = o.top;
  if (!interrupted) {
    if (o.format == "json") {
      ordered_json errs = ordered_json::array();
      for (const auto& e : error_records) errs.push_back({{"path", e["path"]}, {"line", e.value("line", 0)}, {"message", e["error"]}});
      emit("\n],\"errors\":" + errs.dump(-1, ' ', false, kJsonErrors) +
           ",\"summary\":" + summary_json(summary, sopt).dump(-1, ' ', false, kJsonErrors) + "}\n");
    } else if (!records) {
      emit(*render_summary(o.format, summary, sopt));
    }
  }
  if (written) written = sink.flush();
  // An interrupted NDJSON audit keeps its complete lines; other formats would be incomplete and are dropped.
  if (written && (!interrupted || o.format == "ndjson")) written = (*out)->commit();
  if (!written) {
    print_error(written.error().to_string());
    return kError;
  }
  if (interrupted) {
    print_error(fmt::format("abgebrochen nach {} von {} Dokumenten{}", done, inputs.size(),
                            o.format == "ndjson" ? " (nur vollständige Zeilen geschrieben)"
                                                 : (o.output == "-" ? "" : "; " + o.output + " nicht geschrieben")));
    return kInterrupted;
  }
  if (errors > 0) {
    print_error(fmt::format("{} von {} Dokumenten nicht lesbar (siehe Feld \"error\" der Datensätze)", errors, inputs.size()));
    return kError;
  }
  return kClean;
}

struct SummarizeOptions {
  std::vector<std::string> files;
  std::string format = "text";
  std::string output = "-";
  std::size_t top = 20;
};

int run_summarize(const SummarizeOptions& o) {
  AuditSummary summary;
  for (const auto& file : o.files) {
    std::ifstream in;
    std::istream* is = &std::cin;
    if (file != "-") {
      in.open(file, std::ios::binary);
      if (!in) {
        print_error(file + ": Datei nicht lesbar");
        return kError;
      }
      is = &in;
    }
    std::string line;
    int lineno = 0;
    while (std::getline(*is, line)) {
      ++lineno;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      ordered_json record = ordered_json::parse(line, nullptr, false);
      if (record.is_discarded()) {
        print_error(Error{file, lineno, "keine gültige JSON-Zeile (erwartet: ein Datensatz von 'digitalcheck audit')"}.to_string());
        return kError;
      }
      auto added = summary.add(record);
      if (!added) {
        print_error(Error{file, lineno, added.error().message}.to_string());
        return kError;
      }
    }
  }
  SummaryOptions sopt;
  sopt.top = o.top;
  auto text = render_summary(o.format, summary, sopt);
  if (!text) {
    print_error(text.error().to_string());
    return kError;
  }
  auto written = write_file_atomic(o.output, *text);
  if (!written) {
    print_error(written.error().to_string());
    return kError;
  }
  return kClean;
}

}  // namespace

Command register_audit(CLI::App& app) {
  auto o = std::make_shared<AuditOptions>();
  CLI::App* cmd = app.add_subcommand("audit", "Prüft einen ganzen Normbestand parallel (ein Datensatz je Dokument)");
  cmd->add_option("paths", o->paths, "Dateien und Verzeichnisse (rekursiv)")->required()->type_name("PATH");
  cmd->add_option("-j,--jobs", o->jobs, "Anzahl paralleler Arbeiter (Standard: Anzahl der Kerne)")->type_name("N");
  cmd->add_option("--format,-f", o->format, "Ausgabe: ndjson (Datensätze), json, oder Zusammenfassung als text, markdown, csv, html")
      ->check(CLI::IsMember(audit_formats()));
  cmd->add_option("-o,--output", o->output, "Ausgabedatei (Standard: Standardausgabe)")->type_name("FILE");
  cmd->add_option("--include", o->include, "nur Dateien, die auf das Muster passen (Glob, wiederholbar)")->type_name("GLOB");
  cmd->add_option("--exclude", o->exclude, "Dateien, die auf das Muster passen, auslassen (Glob, wiederholbar)")->type_name("GLOB");
  cmd->add_option("--shard", o->shard, "nur den K-ten von N gleich großen Teilen der Eingaben prüfen")->type_name("K/N");
  cmd->add_option("--input-format", o->input_format, "Eingabeformat erzwingen: text, markdown, gii, legaldocml, docx");
  cmd->add_option("--top", o->top, "Zeilen je Rangliste der Zusammenfassung (Standard: 20)")->type_name("N");
  add_rule_options(*cmd, o->rules);
  return {cmd, [o] { return run_audit(*o); }};
}

Command register_summarize(CLI::App& app) {
  auto o = std::make_shared<SummarizeOptions>();
  CLI::App* cmd = app.add_subcommand("summarize", "Fasst Datensätze von 'audit' (NDJSON, auch mehrerer Teile) zusammen");
  cmd->add_option("files", o->files, "NDJSON-Dateien von 'audit --format ndjson' (- für die Standardeingabe)")
      ->required()
      ->type_name("FILE.ndjson");
  cmd->add_option("--format,-f", o->format, "Format: text, markdown, csv, html, json")->check(CLI::IsMember(summary_formats()));
  cmd->add_option("-o,--output", o->output, "Ausgabedatei (Standard: Standardausgabe)")->type_name("FILE");
  cmd->add_option("--top", o->top, "Zeilen je Rangliste (Standard: 20)")->type_name("N");
  return {cmd, [o] { return run_summarize(*o); }};
}

}  // namespace digitalcheck::cli
