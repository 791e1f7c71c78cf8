// digitalcheck init: writes a commented starter .digitalcheck.yaml.
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "config/config.hpp"
#include "config/starter.hpp"
#include "exit_codes.hpp"
#include "util/file.hpp"

namespace digitalcheck::cli {

namespace {

struct InitOptions {
  std::string dir = ".";
  bool force = false;
};

int run_init(const InitOptions& o) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(o.dir, ec)) {
    print_error(o.dir + ": Verzeichnis nicht gefunden");
    return kError;
  }
  std::string path = (fs::path(o.dir) / kConfigFileName).string();
  if (fs::exists(fs::symlink_status(path, ec)) && !o.force) {
    print_error(path + ": existiert bereits (--force überschreibt)");
    return kError;
  }
  auto written = write_file_atomic(path, starter_config());
  if (!written) {
    print_error(written.error().to_string());
    return kError;
  }
  std::cerr << "digitalcheck: " << path << " angelegt\n";
  return kClean;
}

}  // namespace

Command register_init(CLI::App& app) {
  auto o = std::make_shared<InitOptions>();
  CLI::App* cmd = app.add_subcommand("init", "Eine kommentierte Konfiguration (.digitalcheck.yaml) anlegen");
  cmd->add_option("dir", o->dir, "Verzeichnis (Standard: das Arbeitsverzeichnis)")->type_name("VERZEICHNIS");
  cmd->add_flag("--force", o->force, "Eine vorhandene Konfiguration überschreiben");
  return {cmd, [o] { return run_init(*o); }};
}

}  // namespace digitalcheck::cli
