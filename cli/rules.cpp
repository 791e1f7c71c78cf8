// digitalcheck rules list | rules test, and digitalcheck explain RULE-ID.
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <set>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "match/example_check.hpp"

namespace digitalcheck::cli {

namespace {

int run_list(const RuleOptions& o) {
  auto rules = load_rules(o);
  if (!rules) return kError;
  for (const auto& r : rules->rules())
    std::cout << fmt::format("{:<8} {:<14} {:<3} {:<8} {}\n", r.id, r.category, r.principle, to_string(r.severity), r.title);
  std::cout << rules->rules().size() << " Regeln\n";
  return kClean;
}

int run_test(const RuleOptions& o, bool verbose) {
  auto rules = load_rules(o);
  if (!rules) return kError;
  Matcher matcher(*rules);
  auto outcomes = check_examples(matcher);
  std::size_t passed = 0, failed = 0;
  for (const auto& oc : outcomes) {
    if (oc.passed) {
      ++passed;
      if (verbose) std::cout << "ok   " << oc.rule->id << " " << oc.example->text << "\n";
      continue;
    }
    ++failed;
    std::cout << fmt::format("FAIL {} ({}:{}) {}: {}\n     {}\n", oc.rule->id, oc.rule->file, oc.example->line,
                             oc.is_match_example ? "match" : "no_match", oc.problem, oc.example->text);
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed ? kGateFailed : kClean;
}

// A rule pattern in the form ripgrep scans fastest: word boundaries (\\b, \\B) dropped, since
// ripgrep's Unicode \\b falls back to a slow engine (rules express boundaries with whole_word anyway).
std::string ripgrep_pattern(const std::string& p) {
  std::string out;
  bool in_class = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      if (!in_class && (p[i + 1] == 'b' || p[i + 1] == 'B')) {
        ++i;
        continue;
      }
      out += c;
      out += p[++i];
      continue;
    }
    if (c == '[' && !in_class) in_class = true;
    else if (c == ']' && in_class) in_class = false;
    out += c;
  }
  return out;
}

// Every pattern of the rule base, one per line and each once, for `rg -c -i -f patterns.txt`.
int run_export_patterns(const RuleOptions& o) {
  auto rules = load_rules(o);
  if (!rules) return kError;
  std::set<std::string> seen;
  for (const auto& r : rules->rules())
    for (const auto& p : r.patterns) {
      std::string q = ripgrep_pattern(p);
      if (seen.insert(q).second) std::cout << q << "\n";
    }
  return kClean;
}

int run_explain(const RuleOptions& o, const std::string& id) {
  auto rules = load_rules(o);
  if (!rules) return kError;
  const Rule* r = rules->find(id);
  if (!r) {
    print_error("unbekannte Regel '" + id + "' (siehe 'digitalcheck rules list')");
    return kError;
  }
  std::cout << r->id << " – " << r->title << "\n";
  std::cout << fmt::format("Kategorie: {}   Prinzip: {}   Schwere: {}\n\n", r->category, r->principle, to_string(r->severity));
  std::cout << r->message << "\n\nVorschlag: " << r->suggestion << "\n";
  if (!r->references.empty()) {
    std::cout << "\nRechtsgrundlagen:";
    for (const auto& ref : r->references) std::cout << "\n  " << ref;
    std::cout << "\n";
  }
  std::cout << "\nBeispiele, die anschlagen:\n";
  for (const auto& ex : r->match_examples) std::cout << "  + " << ex.text << "\n";
  std::cout << "Beispiele, die nicht anschlagen:\n";
  for (const auto& ex : r->no_match_examples) std::cout << "  - " << ex.text << "\n";
  std::cout << "\nDefiniert in " << r->file << ":" << r->line << "\n";
  return kClean;
}

}  // namespace

Command register_rules(CLI::App& app) {
  auto o = std::make_shared<RuleOptions>();
  auto verbose = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("rules", "Regelbasis anzeigen und prüfen");
  cmd->require_subcommand(1);
  CLI::App* list = cmd->add_subcommand("list", "Alle Regeln auflisten");
  add_rule_options(*list, *o);
  CLI::App* test = cmd->add_subcommand("test", "Die Beispiele jeder Regel prüfen");
  add_rule_options(*test, *o);
  test->add_flag("-v,--verbose", *verbose, "Auch bestandene Beispiele zeigen");
  CLI::App* export_patterns =
      cmd->add_subcommand("export-patterns", "Alle Muster zeilenweise ausgeben (Vergleichsmessung mit rg -c -i -f)");
  add_rule_options(*export_patterns, *o);
  return {cmd, [o, verbose, list, test, export_patterns] {
            if (list->parsed()) return run_list(*o);
            if (export_patterns->parsed()) return run_export_patterns(*o);
            if (test->parsed()) return run_test(*o, *verbose);
            return static_cast<int>(kError);
          }};
}

Command register_explain(CLI::App& app) {
  auto o = std::make_shared<RuleOptions>();
  auto id = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("explain", "Eine Regel erklären");
  cmd->add_option("REGEL-ID", *id, "Regel-ID, z. B. SF-001")->required()->type_name("");
  add_rule_options(*cmd, *o);
  return {cmd, [o, id] { return run_explain(*o, *id); }};
}

}  // namespace digitalcheck::cli
