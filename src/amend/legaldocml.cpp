// Änderungsbefehle from LegalDocML.de: akn:mod with akn:quotedText / akn:quotedStructure.
#include <pugixml.hpp>

#include <algorithm>
#include <cstring>

#include "amend/parse.hpp"

namespace digitalcheck {

namespace {

// Element name without namespace prefix.
std::string_view local_name(const pugi::xml_node& n) {
  std::string_view name = n.name();
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is_block_element(std::string_view n) {
  return n == "p" || n == "paragraph" || n == "point" || n == "item" || n == "list" || n == "intro" ||
         n == "content" || n == "heading" || n == "num" || n == "article" || n == "section" || n == "blockList" ||
         n == "listIntroduction" || n == "citation" || n == "wrapUp" || n == "tblock" || n == "td" || n == "tr";
}

// Appends text with whitespace folded to single spaces.
void append_folded(std::string& out, std::string_view text) {
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
}

// The text of a subtree; quotes of akn:quotedText / akn:quotedStructure are written as „…“ and
// their content ranges recorded (only at the top level of the mod).
void collect_text(const pugi::xml_node& node, std::string& out, std::vector<std::pair<std::size_t, std::size_t>>* quotes) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      append_folded(out, child.value());
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    std::string_view n = local_name(child);
    if (n == "quotedText" || n == "quotedStructure") {
      out += "„";
      std::size_t b = out.size();
      collect_text(child, out, nullptr);
      while (out.size() > b && out.back() == ' ') out.pop_back();
      std::size_t e = out.size();
      if (quotes) quotes->emplace_back(b, e);
      out += "“";
      continue;
    }
    if (n == "authorialNote") continue;  // footnotes are not part of the instruction
    bool block = is_block_element(n);
    if (block && !out.empty() && out.back() != ' ') out += ' ';
    collect_text(child, out, quotes);
    if (block && !out.empty() && out.back() != ' ') out += ' ';
  }
}

std::string trimmed(std::string s) {
  auto b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

// The introduction ("Das X wird wie folgt geändert:", "§ 1 wird wie folgt geändert:") of a list element.
pugi::xml_node introduction_of(const pugi::xml_node& list) {
  for (pugi::xml_node c : list.children()) {
    std::string_view n = local_name(c);
    if (n == "intro" || n == "listIntroduction") return c;
  }
  return {};
}

}  // namespace

InstructionSet parse_legaldocml_instructions(const Document& doc) {
  InstructionSet set;
  pugi::xml_document xml;
  if (!xml.load_buffer(doc.source.data(), doc.source.size(), pugi::parse_default | pugi::parse_ws_pcdata)) return set;
  std::vector<pugi::xml_node> mods;
  struct Walker : pugi::xml_tree_walker {
    std::vector<pugi::xml_node>* mods;
    bool for_each(pugi::xml_node& n) override {
      if (n.type() == pugi::node_element && local_name(n) == "mod") mods->push_back(n);
      return true;
    }
  } walker;
  walker.mods = &mods;
  xml.traverse(walker);

  for (const pugi::xml_node& mod : mods) {
    // Skip mods nested inside another mod's quoted structure (text of the amended law).
    bool nested = false;
    for (pugi::xml_node a = mod.parent(); a; a = a.parent())
      if (local_name(a) == "quotedStructure" || local_name(a) == "mod") nested = true;
    if (nested) continue;
    // Context from the enclosing elements, outermost first.
    std::vector<pugi::xml_node> chain;
    for (pugi::xml_node a = mod.parent(); a && a.type() == pugi::node_element; a = a.parent()) chain.push_back(a);
    std::reverse(chain.begin(), chain.end());
    InstructionContext ctx;
    std::vector<std::string> items;
    for (const pugi::xml_node& a : chain) {
      std::string_view n = local_name(a);
      if (n == "article") {
        ctx = InstructionContext{};
        std::string num;
        for (pugi::xml_node c : a.children())
          if (local_name(c) == "num" || (num.empty() && local_name(c) == "heading")) {
            std::string t;
            collect_text(c, t, nullptr);
            t = trimmed(t);
            if (t.rfind("Artikel", 0) == 0) num = t;
            if (local_name(c) == "num" && !num.empty()) break;
          }
        ctx.article = num;
        items.clear();
      } else if (n == "point" || n == "item") {
        for (pugi::xml_node c : a.children())
          if (local_name(c) == "num") {
            std::string t;
            collect_text(c, t, nullptr);
            t = trimmed(t);
            while (!t.empty() && (t.back() == '.' || t.back() == ')')) t.pop_back();
            items.push_back(t);
            break;
          }
      }
      pugi::xml_node intro = introduction_of(a);
      if (intro && intro != mod && !(intro == a)) {
        std::string t;
        collect_text(intro, t, nullptr);
        t = trimmed(t);
        std::vector<Instruction> none;
        Introduction in = parse_instruction_sentence(t, {}, ctx, none);
        if (in.found) {
          if (!in.law.empty()) ctx.law = in.law;
          ctx.inherited = in.target.empty() && !in.law.empty() ? TargetRef{} : in.target;
        }
      }
    }
    static const char* names[] = {"Nummer", "Buchstabe", "Doppelbuchstabe", "Dreifachbuchstabe"};
    ctx.place = ctx.article;
    for (std::size_t i = 0; i < items.size() && i < 4; ++i)
      ctx.place += (ctx.place.empty() ? "" : " ") + std::string(names[i]) + " " + items[i];

    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> quotes;
    collect_text(mod, text, &quotes);
    std::size_t lead = text.find_first_not_of(' ');
    if (lead == std::string::npos) continue;
    std::size_t before = set.instructions.size();
    parse_instruction_sentence(text, quotes, ctx, set.instructions);
    const char* eid = mod.attribute("eId").value();
    for (std::size_t k = before; k < set.instructions.size(); ++k) {
      Instruction& ins = set.instructions[k];
      ins.eid = eid;
      if (!ins.law.empty() && std::find(set.laws.begin(), set.laws.end(), ins.law) == set.laws.end())
        set.laws.push_back(ins.law);
    }
  }
  return set;
}

void locate_legaldocml_instructions(const Document& doc, const std::vector<NormalizedText>& views, InstructionSet& set) {
  // The reader marks quoted text: whole blocks of an akn:quotedStructure (hint.quoted, with the akn:mod's eId)
  // and akn:quotedText ranges inside a block (hint.quotes). All of it is masked.
  for (std::size_t b = 0; b < doc.blocks.size() && b < views.size(); ++b) {
    const BlockHint& h = doc.blocks[b].hint;
    const NormalizedText& v = views[b];
    if (h.quoted) {
      set.quoted.push_back({b, 0, v.text.size()});
      continue;
    }
    for (const BlockHint::Quote& q : h.quotes) {
      std::size_t vb = std::string::npos, ve = 0;
      for (std::size_t i = 0; i < v.text.size(); ++i)
        if (v.src_begin[i] >= q.begin && v.src_begin[i] < q.end) {
          if (vb == std::string::npos) vb = i;
          ve = i + 1;
        }
      if (vb != std::string::npos) set.quoted.push_back({b, vb, ve});
    }
  }
  for (Instruction& ins : set.instructions) {
    if (ins.eid.empty()) continue;
    // The instruction's block: the one whose eId is the longest prefix of the akn:mod's eId.
    std::size_t best = 0, best_len = 0;
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
      const std::string& e = doc.blocks[b].hint.eid;
      if (!e.empty() && e.size() > best_len && ins.eid.compare(0, e.size(), e) == 0 && !doc.blocks[b].hint.quoted) {
        best = b;
        best_len = e.size();
      }
    }
    ins.block = best;
    ins.view_offset = 0;
    // The new text's first block: the quoted structure of this akn:mod.
    for (std::size_t b = 0; b < doc.blocks.size(); ++b)
      if (doc.blocks[b].hint.quoted && doc.blocks[b].hint.quoted_eid == ins.eid) {
        ins.new_text_block = b;
        ins.new_text_view_offset = 0;
        ins.has_new_text_position = true;
        ins.new_text_in_blocks = true;
        break;
      }
  }
}

}  // namespace digitalcheck
