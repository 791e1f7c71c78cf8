// Reading an input file into a Document: format detection and dispatch to the readers.
#pragma once
#include <optional>
#include <string>

#include "input/document.hpp"
#include "util/result.hpp"

namespace digitalcheck {

// Parses "text", "markdown", "gii", "legaldocml", "docx"; nullopt for anything else.
std::optional<InputFormat> parse_input_format(const std::string& name);

// True when the file name has an extension some reader handles (.txt, .text, .md, .markdown, .xml, .akn, .docx):
// what `audit` picks up when it walks a directory.
bool has_input_extension(const std::string& path);

// Reads path ("-" for standard input). The format comes from `forced` when given, else from the
// file extension, confirmed by the content.
Result<Document> read_document(const std::string& path, std::optional<InputFormat> forced = std::nullopt);

// The name of an input in messages: the path, or "(Standardeingabe)" for "-".
std::string display_name(const std::string& path);

// Builds a Document from bytes already in memory (used by read_document, tests and fuzzers).
Result<Document> parse_document(const std::string& path, std::string bytes, std::optional<InputFormat> forced);

}  // namespace digitalcheck
