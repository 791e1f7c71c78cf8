// Finding: one obstacle found in one document, with everything a report needs.
#pragma once
#include <cstddef>
#include <string>

#include "match/matcher.hpp"
#include "structure/citation.hpp"

namespace digitalcheck {

struct Finding {
  const Rule* rule = nullptr;
  Severity severity = Severity::warning;  // the rule's, unless the config overrides it
  FindingStatus status = FindingStatus::open;
  std::string match;       // the matched text (normalised view)
  std::string sentence;    // the sentence (or paragraph) it stands in (normalised view)
  std::size_t match_in_sentence = 0;  // byte offset of match within sentence
  std::string mitigation;  // the mitigating wording when status is mitigated
  std::string justification;  // the recorded reason (Begründung) when status is justified (config/)
  std::string justified_by;   // who recorded it, and when (YYYY-MM-DD); may be empty
  std::string justified_on;
  std::string justification_source;  // "config-file:line" of the justification
  bool in_baseline = false;   // known from the baseline report: does not count for the gate
  Citation citation;
  std::size_t block = 0;        // index into Document::blocks
  std::size_t byte_offset = 0;  // in Document::source (decoded UTF-8, BOM removed)
  std::size_t byte_length = 0;
  std::size_t file_offset = 0;  // the same span in the input file's own bytes (BOM, Windows-1252 undone);
  std::size_t file_length = 0;  // what reports print as byte_offset / byte_length
  bool exact_position = true;   // false for XML inputs: position is that of the enclosing node
  int line = 0, column = 0, end_line = 0, end_column = 0;  // 1-based; columns in code points
  std::string fingerprint;      // stable across edits elsewhere in the text
  // For an obstacle brought in by the quoted new text of an amending law's instruction: its index in
  // Analysis::amendments.set.instructions (the finding is located at the instruction); -1 otherwise.
  long instruction = -1;
};

}  // namespace digitalcheck
