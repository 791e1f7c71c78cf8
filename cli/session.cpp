#include "session.hpp"

#include <filesystem>
#include <iostream>

#include "input/reader.hpp"

namespace digitalcheck::cli {

void add_session_options(CLI::App& cmd, SessionOptions& o, SessionFlags flags) {
  cmd.add_option("--config", o.config, "Konfigurationsdatei (Standard: .digitalcheck.yaml im Arbeitsverzeichnis oder darüber)")
      ->type_name("DATEI");
  cmd.add_flag("--no-config", o.no_config, "Keine Konfigurationsdatei verwenden");
  cmd.add_option("--fail-on", o.fail_on,
                 "Exit-Code 1 ab dieser Schwere: none, info, warning, error (Standard: error oder gate.fail_on)")
      ->check(CLI::IsMember({"none", "info", "warning", "error"}))
      ->type_name("STUFE");
  if (flags.min_score)
    cmd.add_option("--min-score", o.min_score, "Exit-Code 1, wenn ein Dokument unter dieser Punktzahl (0–100) liegt")
        ->check(CLI::Range(0.0, 100.0))
        ->type_name("N");
  if (flags.baseline)
    cmd.add_option("--baseline", o.baseline, "JSON-Bericht eines früheren Laufs: nur neue Befunde zählen für die Schwelle")
        ->type_name("BERICHT.json");
  cmd.add_option("--input-format", o.input_format, "Eingabeformat erzwingen: text, markdown, gii, legaldocml, docx")
      ->type_name("FORMAT");
  if (flags.file_filters) {
    cmd.add_option("--include", o.include, "Nur diese Dateien in Verzeichnissen prüfen (Glob, wiederholbar)")
        ->type_name("GLOB")
        ->allow_extra_args(false);
    cmd.add_option("--exclude", o.exclude, "Diese Dateien in Verzeichnissen auslassen (Glob, wiederholbar)")
        ->type_name("GLOB")
        ->allow_extra_args(false);
  }
  add_rule_options(cmd, o.rules);
}

std::unique_ptr<Session> open_session(const SessionOptions& o) {
  auto s = std::make_unique<Session>();
  if (!o.input_format.empty()) {
    s->input_format = parse_input_format(o.input_format);
    if (!s->input_format) {
      print_error("unbekanntes Eingabeformat '" + o.input_format + "'");
      return nullptr;
    }
  }

  std::string config_path = o.config;
  if (config_path.empty() && !o.no_config) config_path = find_config(".");
  if (!config_path.empty()) {
    auto c = Config::load(config_path);
    if (!c) {
      print_error(c.error().to_string());
      return nullptr;
    }
    s->config = std::move(*c);
  }
  for (auto [globs, list] : {std::pair{&o.include, &s->config.files.include}, {&o.exclude, &s->config.files.exclude}})
    for (const auto& g : *globs) {
      auto compiled = Glob::compile(g);
      if (!compiled) {
        print_error(compiled.error().message);
        return nullptr;
      }
      list->push_back(*compiled);
    }

  auto rules = load_rules(o.rules);
  if (!rules) return nullptr;
  if (auto v = s->config.validate(*rules); !v) {
    print_error(v.error().to_string());
    return nullptr;
  }
  const Config& cfg = s->config;
  rules->filter([&](const Rule& r) { return cfg.rule_enabled(r); });
  s->rules = std::move(*rules);

  s->gate = s->config.gate;
  if (!o.fail_on.empty()) s->gate.fail_on = o.fail_on == "none" ? std::nullopt : parse_severity(o.fail_on);
  if (o.min_score) s->gate.min_score = o.min_score;

  std::string baseline_path = !o.baseline.empty() ? o.baseline : s->config.baseline;
  if (!baseline_path.empty()) {
    auto b = Baseline::load(baseline_path);
    if (!b) {
      print_error(b.error().to_string());
      return nullptr;
    }
    s->baseline = std::move(*b);
  }

  s->matcher = std::make_unique<Matcher>(s->rules);
  s->settler = std::make_unique<Settler>(s->config, s->baseline ? &*s->baseline : nullptr);
  return s;
}

std::vector<std::string> Session::expand(const std::vector<std::string>& inputs, std::vector<Error>& errors) const {
  std::vector<std::string> out;
  for (const auto& in : inputs) {
    auto files = expand_inputs({in}, config.files);
    if (!files) {
      print_error(files.error().to_string());
      errors.push_back(files.error());
      continue;
    }
    if (files->empty()) {
      Error e{in, 0, "ist ein Verzeichnis, das keine Datei enthält, die include/exclude auswählen"};
      print_error(e.to_string());
      errors.push_back(e);
      continue;
    }
    out.insert(out.end(), files->begin(), files->end());
  }
  return out;
}

void Session::warn_stale() const {
  for (const auto& st : settler->stale())
    std::cerr << "digitalcheck: " << st.config << ":" << st.justification->line
              << ": Hinweis: veraltete Begründung – " << st.justification->describe()
              << " trifft auf keinen offenen Befund zu\n";
}

}  // namespace digitalcheck::cli
