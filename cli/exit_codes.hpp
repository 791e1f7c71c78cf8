// Exit codes of every subcommand, in one place.
#pragma once

namespace digitalcheck::cli {

enum ExitCode : int {
  kClean = 0,      // nothing at or above the gate
  kGateFailed = 1,  // findings at or above the gate (or rule tests failed)
  kError = 2,       // usage, input, config or rule error
  kInterrupted = 130,  // stopped by SIGINT/SIGTERM (128 + SIGINT, as shells report it)
};

}  // namespace digitalcheck::cli
