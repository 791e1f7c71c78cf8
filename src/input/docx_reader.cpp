#include "input/docx_reader.hpp"

#include <zip.h>

#include <cstring>
#include <memory>

#include "input/xml.hpp"

namespace digitalcheck {

namespace {

bool is(const pugi::xml_node& n, const char* local) { return local_name(n) == local; }

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// Inflates one entry, refusing more than `limit` bytes whatever the archive's header claims.
Result<std::string> read_entry(const std::string& path, zip_t* za, zip_int64_t index, const char* name,
                               std::size_t limit) {
  std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen_index(za, static_cast<zip_uint64_t>(index), 0));
  if (!f) return Error{path, 0, std::string("keine gültige .docx-Datei: ") + name + " kann nicht entpackt werden"};
  std::string out;
  char buf[1 << 16];
  for (;;) {
    zip_int64_t n = zip_fread(f.get(), buf, sizeof buf);
    if (n < 0) return Error{path, 0, std::string("keine gültige .docx-Datei: ") + name + " ist beschädigt"};
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
    if (out.size() > limit)
      return Error{path, 0, std::string("Word-Dokument zu groß: ") + name + " entpackt mehr als " +
                                std::to_string(limit >> 20) + " MB (Schutz vor Zip-Bomben)"};
  }
  return out;
}

// Heading level of a paragraph style id, 0 for none: "Heading2" / "berschrift2" (Word's German id for
// "Überschrift 2") / "Title" / "Titel".
int heading_level(std::string_view style) {
  auto level_after = [&](std::string_view prefix) -> int {
    if (style.size() < prefix.size() || style.substr(0, prefix.size()) != prefix) return -1;
    std::string_view rest = style.substr(prefix.size());
    if (rest.empty()) return 1;
    if (rest.size() == 1 && rest[0] >= '1' && rest[0] <= '9') return rest[0] - '0';
    return -1;
  };
  for (std::string_view p : {"Heading", "heading", "berschrift", "Überschrift", "Uberschrift"}) {
    int l = level_after(p);
    if (l > 0) return l;
  }
  if (style == "Title" || style == "Titel") return 1;
  return 0;
}

void paragraph_text(const pugi::xml_node& n, std::string& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    if (is(c, "del") || is(c, "moveFrom") || is(c, "delText") || is(c, "instrText") || is(c, "pPr") ||
        is(c, "rPr") || is(c, "footnoteReference") || is(c, "endnoteReference") || is(c, "commentReference"))
      continue;
    if (is(c, "t")) {
      out += c.text().get();
    } else if (is(c, "tab") || is(c, "br") || is(c, "cr")) {
      out += ' ';
    } else if (is(c, "p")) {
      // A paragraph inside a paragraph (text boxes): keep the text on this line.
      if (!out.empty() && out.back() != ' ') out += ' ';
      paragraph_text(c, out);
    } else {
      paragraph_text(c, out);  // r, ins, moveTo, hyperlink, smartTag, sdt, fldSimple, ...
    }
  }
}

// Collects the w:p elements of the body in document order (also inside tables and content controls).
void collect_paragraphs(const pugi::xml_node& n, std::vector<pugi::xml_node>& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    if (is(c, "p")) out.push_back(c);
    else if (!is(c, "del") && !is(c, "moveFrom") && !is(c, "sectPr")) collect_paragraphs(c, out);
  }
}

}  // namespace

Result<Document> read_docx(const std::string& path, const std::string& bytes) {
  if (bytes.size() > kMaxDocxBytes)
    return Error{path, 0, "Word-Dokument zu groß (mehr als " + std::to_string(kMaxDocxBytes >> 20) + " MB)"};
  if (bytes.size() < 4 || bytes.compare(0, 4, "PK\x03\x04") != 0)
    return Error{path, 0, "keine gültige .docx-Datei (kein ZIP-Archiv)"};
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) {
    zip_error_fini(&err);
    return Error{path, 0, "keine gültige .docx-Datei (kein ZIP-Archiv)"};
  }
  std::unique_ptr<zip_t, ZipCloser> za(zip_open_from_source(src, ZIP_RDONLY, &err));
  if (!za) {
    zip_source_free(src);
    zip_error_fini(&err);
    return Error{path, 0, "keine gültige .docx-Datei (beschädigtes ZIP-Archiv)"};
  }
  zip_error_fini(&err);
  zip_int64_t entries = zip_get_num_entries(za.get(), 0);
  if (entries < 0 || static_cast<std::size_t>(entries) > kMaxDocxEntries)
    return Error{path, 0, "keine gültige .docx-Datei: zu viele Einträge im ZIP-Archiv (Schutz vor Zip-Bomben)"};
  zip_int64_t index = zip_name_locate(za.get(), "word/document.xml", 0);
  if (index < 0) return Error{path, 0, "keine gültige .docx-Datei: word/document.xml fehlt"};
  auto xml_text = read_entry(path, za.get(), index, "word/document.xml", kMaxDocxDocumentXml);
  if (!xml_text) return xml_text.error();

  pugi::xml_document xml;
  auto parsed = parse_xml(path, *xml_text, xml, "word/document.xml");
  if (!parsed) return parsed.error();
  pugi::xml_node body;
  for (pugi::xml_node c : xml.document_element().children())
    if (c.type() == pugi::node_element && is(c, "body")) body = c;
  if (!is(xml.document_element(), "document") || !body)
    return Error{path, 0, "keine gültige .docx-Datei: word/document.xml enthält keinen Dokumentkörper (w:body)"};

  std::vector<pugi::xml_node> paragraphs;
  collect_paragraphs(body, paragraphs);
  Document doc;
  doc.path = path;
  doc.format = InputFormat::docx;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    std::string text;
    paragraph_text(paragraphs[i], text);
    for (char& c : text)
      if (c == '\n' || c == '\r') c = ' ';  // one line per paragraph
    std::size_t b = text.find_first_not_of(' '), e = text.find_last_not_of(' ');
    std::size_t line_start = doc.source.size();
    doc.source += text;
    doc.source += '\n';
    if (b == std::string::npos) continue;
    Block blk;
    blk.text = text.substr(b, e - b + 1);
    blk.source_offset = line_start + b;
    blk.verbatim = true;
    blk.paragraph_number = static_cast<int>(i + 1);
    pugi::xml_node ppr;
    for (pugi::xml_node c : paragraphs[i].children())
      if (c.type() == pugi::node_element && is(c, "pPr")) ppr = c;
    std::string style;
    for (pugi::xml_node c : ppr.children())
      if (c.type() == pugi::node_element && is(c, "pStyle"))
        for (pugi::xml_attribute a : c.attributes())
          if (std::strcmp(a.name(), "w:val") == 0 || std::string_view(a.name()).ends_with(":val")) style = a.value();
    if (int level = heading_level(style)) {
      blk.kind = BlockKind::heading;
      blk.hint.heading_level = level;
    }
    doc.blocks.push_back(std::move(blk));
  }
  return doc;
}

}  // namespace digitalcheck
