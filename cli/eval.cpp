// digitalcheck eval: precision, recall and status accuracy of the rule base against our own corpus
// (corpus/own) and labelled real sentences (corpus/real/labels.tsv); see corpus/README.md.
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "eval/evaluate.hpp"
#include "exit_codes.hpp"
#include "input/reader.hpp"
#include "pipeline/pipeline.hpp"
#include "util/file.hpp"

namespace digitalcheck::cli {

namespace {

struct EvalOptions {
  RuleOptions rules;
  std::string own;     // own corpus folder or file
  std::string real;    // real-sentence label file
  std::string corpus;  // statute corpus root (bund/, sachsen/)
  std::string format = "text";
  double min_precision = 0, min_recall = 0, min_status = 0;
  bool verbose = false;
  bool require_real = false;
  std::vector<std::string> sentences_of;  // --sentences: print references instead of evaluating
};

bool exists(const std::string& p) {
  std::error_code ec;
  return !p.empty() && std::filesystem::exists(p, ec);
}

std::string figure(std::optional<double> v) { return v ? fmt::format("{:.3f}", *v) : "–"; }

nlohmann::json counts_json(const CategoryCounts& k) {
  auto num = [](std::optional<double> v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  return {{"precision", num(k.precision())}, {"recall", num(k.recall())}, {"status", num(k.status_share())},
          {"found_precision", num(k.found_precision())}, {"found_recall", num(k.found_recall())},
          {"open_tp", k.open_tp}, {"open_fp", k.open_fp}, {"open_fn", k.open_fn},
          {"found_tp", k.found_tp}, {"found_fp", k.found_fp}, {"found_fn", k.found_fn},
          {"status_right", k.status_right}};
}

nlohmann::json part_json(const EvalResult& r) {
  nlohmann::json cats = nlohmann::json::object();
  for (const auto& [c, k] : r.board.categories()) cats[c] = counts_json(k);
  return {{"sentences", r.board.sentences()}, {"files", r.files}, {"moved", r.moved}, {"unresolved", r.unresolved},
          {"total", counts_json(r.board.total())}, {"categories", cats}};
}

void print_part(const std::string& name, const EvalResult& r, bool verbose) {
  std::cout << fmt::format("{}: {} Sätze aus {} Dateien", name, r.board.sentences(), r.files);
  if (r.moved || r.unresolved) std::cout << fmt::format(" ({} verschoben, {} nicht auflösbar)", r.moved, r.unresolved);
  std::cout << "\n";
  std::cout << fmt::format("  {:<16} {:>6} {:>6} {:>6}   {:>4} {:>4} {:>4}   {:>6} {:>6}\n", "Kategorie", "Präz.", "Recall",
                           "Status", "RP", "FP", "FN", "P(alle)", "R(alle)");
  auto row = [](const std::string& c, const CategoryCounts& k) {
    std::cout << fmt::format("  {:<16} {:>6} {:>6} {:>6}   {:>4} {:>4} {:>4}   {:>6} {:>6}\n", c, figure(k.precision()),
                             figure(k.recall()), figure(k.status_share()), k.open_tp, k.open_fp, k.open_fn,
                             figure(k.found_precision()), figure(k.found_recall()));
  };
  for (const auto& [c, k] : r.board.categories()) row(c, k);
  row("gesamt", r.board.total());
  for (const auto& p : r.problems) std::cout << "  Hinweis: " << p << "\n";
  if (verbose)
    for (const auto& m : r.misses)
      std::cout << fmt::format("  ABWEICHUNG {}: erwartet {}, gefunden {}\n      {}\n", m.where, labels_text(m.expected),
                               labels_text(m.predicted), m.text);
}

// Whether the part meets the floors; prints what falls short.
bool meets_floors(const std::string& name, const EvalResult& r, const EvalOptions& o) {
  CategoryCounts t = r.board.total();
  bool ok = true;
  auto check = [&](const char* what, std::optional<double> v, double floor) {
    if (floor <= 0) return;
    if (!v || *v + 1e-12 < floor) {
      ok = false;
      std::cerr << fmt::format("digitalcheck: {}: {} {} liegt unter der Untergrenze {:.3f}\n", name, what, figure(v), floor);
    }
  };
  check("Präzision", t.precision(), o.min_precision);
  check("Recall", t.recall(), o.min_recall);
  check("Statusanteil", t.status_share(), o.min_status);
  return ok;
}

int print_sentences(const EvalOptions& o, const Matcher& matcher) {
  Pipeline pipeline(matcher, PipelineOptions{});
  Segmenter segmenter;
  for (const auto& path : o.sentences_of) {
    auto a = pipeline.run(path);
    if (!a) {
      print_error(a.error().to_string());
      return kError;
    }
    for (const SentenceRef& r : sentence_references(*a, segmenter)) {
      ExpectedFindings found = findings_in_sentence(*a, r.block, r.text);
      std::cout << path << "\t" << r.norm << "\t" << r.satz << "\t" << r.hash << "\t" << labels_text(found) << "\t"
                << r.text << "\n";
    }
  }
  return kClean;
}

int run_eval(EvalOptions o) {
  auto rules = load_rules(o.rules);
  if (!rules) return kError;
  Matcher matcher(*rules);
  if (!o.sentences_of.empty()) return print_sentences(o, matcher);

  bool explicit_part = !o.own.empty() || !o.real.empty();
  if (!explicit_part) {
    o.own = "corpus/own";
    o.real = "corpus/real/labels.tsv";
  }
  if (o.corpus.empty()) {
    if (const char* env = std::getenv("DIGITALCHECK_CORPUS")) o.corpus = env;
    else if (exists("build/corpus")) o.corpus = "build/corpus";
  }
  nlohmann::json out = nlohmann::json::object();
  bool ok = true;
  if (!o.own.empty()) {
    if (!exists(o.own)) {
      print_error(o.own + ": eigenes Korpus nicht gefunden");
      return kError;
    }
    auto r = evaluate_own(matcher, o.own);
    if (!r) {
      print_error(r.error().to_string());
      return kError;
    }
    if (o.format == "json") out["own"] = part_json(*r);
    else print_part("Eigenes Korpus (" + o.own + ")", *r, o.verbose);
    ok = meets_floors("eigenes Korpus", *r, o) && ok;
  }
  if (!o.real.empty()) {
    if (!exists(o.real)) {
      print_error(o.real + ": Labeldatei nicht gefunden");
      return kError;
    }
    if (!exists(o.corpus)) {
      if (o.require_real) {
        print_error("Normenkorpus nicht gefunden (--corpus DIR oder DIGITALCHECK_CORPUS setzen)");
        return kError;
      }
      std::cerr << "digitalcheck: echte Sätze übersprungen: Normenkorpus nicht gefunden (--corpus DIR oder "
                   "DIGITALCHECK_CORPUS)\n";
      if (o.format == "json") out["real"] = nullptr;
    } else {
      auto content = read_file(o.real);
      if (!content) {
        print_error(content.error().to_string());
        return kError;
      }
      auto labels = parse_real_labels(o.real, *content);
      if (!labels) {
        print_error(labels.error().to_string());
        return kError;
      }
      EvalResult r = evaluate_real(matcher, *labels, o.corpus);
      if (o.format == "json") out["real"] = part_json(r);
      else print_part("Echte Sätze (" + o.real + ")", r, o.verbose);
      ok = meets_floors("echte Sätze", r, o) && ok;
    }
  }
  if (o.format == "json") std::cout << out.dump(2) << "\n";
  return ok ? kClean : kGateFailed;
}

}  // namespace

Command register_eval(CLI::App& app) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand("eval", "Treffsicherheit der Regelbasis an gelabelten Sätzen messen");
  add_rule_options(*cmd, o->rules);
  cmd->add_option("--own", o->own, "Eigenes Korpus: Ordner mit *.txt oder eine Datei (Vorgabe: corpus/own)")
      ->type_name("PFAD");
  cmd->add_option("--real", o->real, "Labels echter Sätze (Vorgabe: corpus/real/labels.tsv)")->type_name("DATEI");
  cmd->add_option("--corpus", o->corpus, "Normenkorpus mit bund/ und sachsen/ (Vorgabe: DIGITALCHECK_CORPUS, build/corpus)")
      ->type_name("DIR");
  cmd->add_option("--format", o->format, "Ausgabe: text oder json")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--min-precision", o->min_precision, "Untergrenze der Präzision offener Befunde (Exit 1 darunter)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-recall", o->min_recall, "Untergrenze des Recalls offener Befunde")->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-status", o->min_status, "Untergrenze des Anteils richtiger Status (offen/entschärft)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("--require-real", o->require_real, "Fehler statt Überspringen, wenn das Normenkorpus fehlt");
  cmd->add_flag("-v,--verbose", o->verbose, "Jede Abweichung mit Satz zeigen");
  cmd->add_option("--sentences", o->sentences_of,
                  "Statt zu messen: die Sätze einer Datei mit Norm, Satznummer, Prüfsumme und Befunden ausgeben "
                  "(zum Labeln)")
      ->type_name("DATEI");
  return {cmd, [o] { return run_eval(*o); }};
}

}  // namespace digitalcheck::cli
