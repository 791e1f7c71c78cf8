// The inputs of a batch audit: files found below the given paths, filtered, sorted, sharded.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "config/glob.hpp"

namespace digitalcheck {

struct AuditInput {
  std::string path;         // as the records show it: the given path, or the directory joined with the relative path
  std::uint64_t bytes = 0;  // file size when listed (for progress), 0 when unknown
  std::string error;        // German message when the path cannot be listed; the audit records it
};

// Walks every path: a file is taken as given (subject to the filter's exclude and include patterns
// on its name), a directory recursively (only files with an input extension, hidden entries skipped,
// the filter applied to the path relative to that directory). A path that does not exist or cannot
// be listed becomes an input with `error` set. The result is sorted by path and free of duplicates,
// so that the order does not depend on the file system or on the order of the arguments.
std::vector<AuditInput> collect_inputs(const std::vector<std::string>& paths, const PathFilter& filter);

// --shard K/N: the K-th (1-based) of N contiguous slices of the sorted inputs. Concatenating the
// records of shards 1..N gives exactly the records of one unsharded run.
struct Shard {
  std::size_t index = 1;
  std::size_t count = 1;
};
std::optional<Shard> parse_shard(const std::string& text);
std::vector<AuditInput> select_shard(std::vector<AuditInput> inputs, Shard shard);

}  // namespace digitalcheck
