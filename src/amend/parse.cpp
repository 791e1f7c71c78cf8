#include "amend/parse.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "text/segment.hpp"

namespace digitalcheck {

namespace {

std::string trim(std::string s) {
  auto b = s.find_first_not_of(" \t\n,;");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t\n");
  return s.substr(b, e - b + 1);
}

// The law's name without date and promulgation reference:
// "Beispielgesetz vom 1. Januar 2020 (BGBl. I S. 1), das zuletzt … geändert worden ist" -> "Beispielgesetz".
std::string clean_law_name(std::string name) {
  static const RE2 tail(R"(\s+(?:vom|in\s+der\s+Fassung|in\s+der\s+Bekanntmachung)\s|\s*\(|,)");
  re2::StringPiece in(name), m;
  if (tail.Match(in, 0, in.size(), RE2::UNANCHORED, &m, 1)) name.resize(m.data() - name.data());
  return trim(name);
}

struct Quote {
  std::size_t begin, end;  // content range in the sentence
};

// The skeleton of a clause: quotes replaced by «N» (N = index into the sentence's quotes).
std::string skeleton_of(std::string_view s, const std::vector<std::pair<std::size_t, std::size_t>>& quotes) {
  std::string out;
  std::size_t pos = 0;
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    // Include the quote marks (one code point before and after the content) in what is replaced.
    std::size_t open = quotes[i].first, close = quotes[i].second;
    while (open > pos && (static_cast<unsigned char>(s[open - 1]) & 0xC0) == 0x80) --open;
    if (open > pos) --open;
    std::size_t after = close;
    if (after < s.size()) {
      ++after;
      while (after < s.size() && (static_cast<unsigned char>(s[after]) & 0xC0) == 0x80) ++after;
    }
    out.append(s.substr(pos, open - pos));
    out += "«" + std::to_string(i) + "»";
    pos = after;
  }
  out.append(s.substr(pos));
  return out;
}

// Quote indices «N» in a skeleton range, in order.
std::vector<std::size_t> quotes_in(std::string_view sk) {
  static const RE2 q("«(\\d+)»");
  std::vector<std::size_t> out;
  re2::StringPiece in(sk.data(), sk.size());
  int n;
  while (RE2::FindAndConsume(&in, q, &n)) out.push_back(static_cast<std::size_t>(n));
  return out;
}

// A unit named as the thing inserted or appended: "folgender Satz", "folgender Absatz 2a".
const RE2& unit_phrase() {
  static const RE2 re(
      R"((?i:folgende[rsn]?|die\s+folgenden|neue[rsn]?)\s+(?:neue[rsn]?\s+)?((?:§|Paragraph|Absatz|Absätze|Satz|Sätze|Nummer|Nummern|Buchstabe|Buchstaben|Teilsatz|Halbsatz|Anlage)(?:\s*\d+[a-z]?)?(?:\s+(?:und|bis)\s+\d+[a-z]?)?))");
  return re;
}

// The subject of a clause is a citation (as in "Absatz 3 wird aufgehoben"), not a thing like "Der Bescheid".
bool starts_with_citation(std::string_view sk) {
  static const RE2 re(
      R"(^\s*(?:(?:In|Im|Dem|Der|Die|Das|Nach|Vor)\s+)?(?:§|Artikel|Anlage|Absatz|Absätze|Abs\.|Satz|Sätze|Nummer|Nummern|Nr\.|Buchstabe|Buchstaben|Doppelbuchstabe|Überschrift|Inhaltsübersicht|Teilsatz|Halbsatz))");
  return RE2::PartialMatch(re2::StringPiece(sk.data(), sk.size()), re);
}

}  // namespace

Introduction parse_instruction_sentence(std::string_view sentence,
                                        const std::vector<std::pair<std::size_t, std::size_t>>& quotes,
                                        const InstructionContext& ctx, std::vector<Instruction>& out,
                                        std::vector<std::size_t>* used_quotes) {
  Introduction intro;
  const std::string sk = skeleton_of(sentence, quotes);
  auto quote_text = [&](std::size_t i) {
    return std::string(sentence.substr(quotes[i].first, quotes[i].second - quotes[i].first));
  };
  static const RE2 verb(
      R"(\b(ersetzt|eingefügt|gestrichen|angefügt|aufgehoben|vorangestellt|gefasst|geändert|Fassung)\b)");
  static const RE2 law_intro(R"(^\s*(?:Das|Die|Der)\s+(.+?)\s+(?:wird|werden)\s+wie\s+folgt\s+geändert)");
  static const RE2 law_repeal(R"(^\s*(?:Das|Die|Der)\s+(.+?)\s+(?:wird|werden)\s+aufgehoben)");
  static const RE2 law_genitive(
      R"((?:§+\s*\d+[a-z]?|Artikel\s+\d+[a-z]?|Anlage\s*\d*)(?:\s+(?:Absatz|Abs\.|Satz|Nummer|Nr\.|Buchstabe|Buchst\.)\s*\w+)*\s+(?:des|der)\s+([A-ZÄÖÜ].+?)(?:\s+vom\s|\s*\(|\s+(?:wird|werden)\s|,|$))");
  static const RE2 anchor_re(
      R"(\b(nach|vor)\s+(?:dem\s+Wort|den\s+Wörtern|der\s+Angabe|den\s+Angaben|dem\s+Zeichen|der\s+Zahl|dem\s+Satzzeichen)\s+«(\d+)»)");
  static const RE2 unit_anchor(R"((?i:^\s*(nach|vor))\s+(?:dem\s+|der\s+)?(?:§|Artikel|Absatz|Abs\.|Satz|Nummer|Nr\.|Buchstabe|Anlage))");
  static const RE2 durch(R"(\bdurch\b)");

  // Clauses end at their verb; a sentence can hold several ("… ersetzt und … eingefügt").
  std::vector<std::pair<std::size_t, std::size_t>> clauses;
  std::vector<std::string> verbs;
  {
    re2::StringPiece in(sk), m[2];
    std::size_t pos = 0, start = 0;
    while (pos < sk.size() && verb.Match(in, pos, sk.size(), RE2::UNANCHORED, m, 2)) {
      std::size_t e = m[0].data() - sk.data() + m[0].size();
      if (sk.compare(e, 7, " worden") == 0) {  // "…, das zuletzt … geändert worden ist, wird …"
        pos = e;
        continue;
      }
      clauses.emplace_back(start, e);
      verbs.emplace_back(m[1].data(), m[1].size());
      pos = start = e;
    }
    // Quotes after the last verb belong to it ("wird wie folgt gefasst: «0»").
    if (!clauses.empty()) clauses.back().second = sk.size();
  }
  TargetRef sentence_target;  // the first clause's own target carries over to the later clauses
  for (std::size_t ci = 0; ci < clauses.size(); ++ci) {
    std::string clause = sk.substr(clauses[ci].first, clauses[ci].second - clauses[ci].first);
    {
      static const RE2 lead(R"(^[\s,;]*(?:und\s+|sowie\s+)?)");
      RE2::Replace(&clause, lead, "");
    }
    const std::string& v = verbs[ci];
    std::string law;
    std::string m1;
    if (RE2::PartialMatch(clause, law_genitive, &m1)) law = clean_law_name(m1);

    // Unit inserted/appended ("folgender Satz"), removed from the text before reading the target.
    std::string unit;
    std::string for_target = clause;
    {
      re2::StringPiece in(for_target), m[2];
      if (unit_phrase().Match(in, 0, in.size(), RE2::UNANCHORED, m, 2)) {
        unit = std::string(m[1].data(), m[1].size());
        for_target.erase(m[0].data() - for_target.data(), m[0].size());
      }
    }
    // Quoted words never count as citations.
    static const RE2 quote_mark("«\\d+»");
    RE2::GlobalReplace(&for_target, quote_mark, " ");
    TargetRef own = parse_target(for_target);
    if (ci == 0) sentence_target = own;
    else if (own.empty()) own = sentence_target;

    if (v == "geändert") {
      std::string name;
      if (RE2::PartialMatch(clause, law_intro, &name) && !starts_with_citation(clause)) {
        intro.found = true;
        intro.law = clean_law_name(name);
        intro.target = TargetRef{};
      } else if (clause.find("wie folgt") != std::string::npos) {
        intro.found = true;
        intro.law = law;
        intro.target = ctx.inherited.refined_by(own);
        if (!law.empty()) intro.target = own;
      }
      continue;
    }

    Instruction ins;
    ins.law = law.empty() ? ctx.law : law;
    ins.article = ctx.article;
    ins.place = ctx.place;
    ins.target = law.empty() ? ctx.inherited.refined_by(own) : own;
    ins.every = clause.find("jeweils") != std::string::npos;
    ins.unit = unit;
    std::vector<std::size_t> qs = quotes_in(clause);
    // The clause as written, quotes restored.
    {
      std::string text;
      std::size_t pos = 0;
      static const RE2 q("«(\\d+)»");
      re2::StringPiece in(clause), m[2];
      while (q.Match(in, pos, in.size(), RE2::UNANCHORED, m, 2)) {
        std::size_t b = m[0].data() - clause.data();
        text += clause.substr(pos, b - pos);
        text += "„" + quote_text(static_cast<std::size_t>(std::stoul(std::string(m[1].data(), m[1].size())))) + "“";
        pos = b + m[0].size();
      }
      text += clause.substr(pos);
      ins.text = trim(text);
    }
    auto use = [&](std::size_t q) {
      if (used_quotes) used_quotes->push_back(q);
      return quote_text(q);
    };
    auto first_after = [&](std::size_t offset) -> long {
      for (std::size_t q : qs) {
        std::string mark = "«" + std::to_string(q) + "»";
        auto at = clause.find(mark);
        if (at != std::string::npos && at >= offset) return static_cast<long>(q);
      }
      return -1;
    };
    auto pos_of = [&](std::size_t q) { return clause.find("«" + std::to_string(q) + "»"); };

    if (v == "ersetzt") {
      re2::StringPiece in(clause), m;
      std::size_t d = durch.Match(in, 0, in.size(), RE2::UNANCHORED, &m, 1) ? m.data() - clause.data() : std::string::npos;
      long oldq = -1, newq = -1;
      for (std::size_t q : qs) {
        if (d == std::string::npos || pos_of(q) < d) {
          if (oldq < 0) oldq = static_cast<long>(q);
        } else if (newq < 0) {
          newq = static_cast<long>(q);
        }
      }
      if (oldq >= 0 && newq >= 0) {
        ins.kind = InstructionKind::replace;
        ins.old_text = use(static_cast<std::size_t>(oldq));
        ins.new_text = use(static_cast<std::size_t>(newq));
      } else if (newq >= 0 && starts_with_citation(clause)) {
        // "Absatz 2 wird durch die folgenden Absätze 2 und 3 ersetzt: «0»"
        ins.kind = InstructionKind::new_version;
        ins.new_text = use(static_cast<std::size_t>(newq));
        ins.structural = true;
      } else {
        continue;
      }
    } else if (v == "eingefügt" || v == "angefügt" || v == "vorangestellt") {
      ins.kind = v == "eingefügt" ? InstructionKind::insert : InstructionKind::append;
      re2::StringPiece in(clause), m[3];
      long anchorq = -1;
      if (anchor_re.Match(in, 0, in.size(), RE2::UNANCHORED, m, 3)) {
        anchorq = std::stol(std::string(m[2].data(), m[2].size()));
        ins.anchor = use(static_cast<std::size_t>(anchorq));
        ins.anchor_before = std::string(m[1].data(), m[1].size()) == "vor";
      } else if (v == "vorangestellt") {
        ins.anchor_before = true;
      }
      long newq = -1;
      for (std::size_t q : qs)
        if (static_cast<long>(q) != anchorq) {
          newq = static_cast<long>(q);
          break;
        }
      if (newq < 0) continue;
      ins.new_text = use(static_cast<std::size_t>(newq));
      if (anchorq < 0 && !unit.empty()) ins.structural = true;
      if (anchorq < 0 && RE2::PartialMatch(clause, unit_anchor)) {
        ins.structural = true;
        static const RE2 vor(R"(^\s*(?i:vor)\s)");
        ins.anchor_before = RE2::PartialMatch(clause, vor);
      }
    } else if (v == "gestrichen") {
      ins.kind = InstructionKind::strike;
      if (qs.empty()) {
        if (!starts_with_citation(clause)) continue;
        ins.structural = true;  // "Satz 3 wird gestrichen."
      } else {
        // "Die Wörter «0» und «1» werden gestrichen": one instruction per quote.
        for (std::size_t k = 0; k + 1 < qs.size(); ++k) {
          Instruction more = ins;
          more.old_text = use(qs[k]);
          out.push_back(std::move(more));
        }
        ins.old_text = use(qs.back());
      }
    } else if (v == "aufgehoben") {
      std::string name;
      if (!starts_with_citation(clause)) {
        if (!RE2::PartialMatch(clause, law_repeal, &name) || !qs.empty()) continue;
        ins.law = clean_law_name(name);  // the whole law is repealed
        ins.target = TargetRef{};
      }
      ins.kind = InstructionKind::repeal;
      ins.structural = true;
    } else if (v == "gefasst" || v == "Fassung") {
      if (v == "gefasst" && clause.find("wie folgt") == std::string::npos && clause.find("neu") == std::string::npos)
        continue;
      long newq = first_after(0);
      if (newq < 0) continue;
      ins.kind = InstructionKind::new_version;
      ins.new_text = use(static_cast<std::size_t>(newq));
      ins.structural = true;
    } else {
      continue;
    }
    if (!ins.structural && ins.new_text.find_first_of(".") != std::string::npos && ins.new_text.size() > 40 &&
        (ins.new_text.back() == '.' || ins.new_text.front() == '('))
      ins.structural = true;  // a whole new sentence quoted inline
    out.push_back(std::move(ins));
  }
  return intro;
}

namespace {

// The document's paragraph text as one string: block views joined by '\n'.
struct FlatText {
  std::string text;
  std::vector<std::size_t> block_begin;  // flat offset of each block's view

  std::size_t block_at(std::size_t flat) const {
    auto it = std::upper_bound(block_begin.begin(), block_begin.end(), flat);
    return static_cast<std::size_t>(it - block_begin.begin()) - 1;
  }
};

enum class Mark { none, open_german, close_german, open_guillemet, close_guillemet, ascii };

Mark mark_at(std::string_view s, std::size_t i, std::size_t* len) {
  auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  *len = 1;
  if (b(i) == '"') return Mark::ascii;
  if (b(i) == 0xE2 && b(i + 1) == 0x80) {
    *len = 3;
    if (b(i + 2) == 0x9E) return Mark::open_german;                      // „
    if (b(i + 2) == 0x9C || b(i + 2) == 0x9D) return Mark::close_german;  // “ ”
  }
  if (b(i) == 0xC2) {
    *len = 2;
    if (b(i + 1) == 0xBB) return Mark::open_guillemet;   // »
    if (b(i + 1) == 0xAB) return Mark::close_guillemet;  // «
  }
  return Mark::none;
}

struct QuotePair {
  std::size_t open;      // offset of the opening mark
  std::size_t begin;     // content
  std::size_t end;       // content end = offset of the closing mark
  std::size_t after;     // after the closing mark
};

// Top-level quotes of a text. Nested quotes are part of their enclosing quote; a quote that never
// closes is not a quote.
std::vector<QuotePair> find_quotes(std::string_view s) {
  std::vector<QuotePair> out;
  struct Open {
    Mark m;
    std::size_t at, len;
  };
  std::vector<Open> stack;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    Mark m = mark_at(s, i, &len);
    if (m == Mark::open_german || m == Mark::open_guillemet ||
        (m == Mark::ascii && (stack.empty() || stack.back().m != Mark::ascii))) {
      stack.push_back({m, i, len});
    } else if (!stack.empty() && ((m == Mark::close_german && stack.back().m == Mark::open_german) ||
                                  (m == Mark::close_guillemet && stack.back().m == Mark::open_guillemet) ||
                                  (m == Mark::ascii && stack.back().m == Mark::ascii))) {
      Open o = stack.back();
      stack.pop_back();
      if (stack.empty()) out.push_back({o.at, o.at + o.len, i, i + len});
    } else if (m == Mark::ascii && stack.empty()) {
      stack.push_back({m, i, len});
    }
    i += len;
  }
  return out;
}

// Item markers at the start of a block: "1." (level 1), "a)" (2), "aa)" (3), "aaa)" (4).
int item_level(std::string_view block, std::string* number, std::size_t* marker_len) {
  static const RE2 num(R"(^(\d+[a-z]?)\.\s)");
  static const RE2 letters(R"(^([a-z]{1,4})\)\s)");
  re2::StringPiece in(block.data(), block.size()), m[2];
  if (num.Match(in, 0, in.size(), RE2::ANCHOR_START, m, 2)) {
    *number = std::string(m[1].data(), m[1].size());
    *marker_len = m[0].size();
    return 1;
  }
  if (letters.Match(in, 0, in.size(), RE2::ANCHOR_START, m, 2)) {
    std::string l(m[1].data(), m[1].size());
    if (l.find_first_not_of(l[0]) != std::string::npos) return 0;  // "ab)" is no item marker
    *number = l;
    *marker_len = m[0].size();
    return 1 + static_cast<int>(l.size());
  }
  return 0;
}

std::string place_of(const std::string& article, const std::vector<std::string>& items) {
  static const char* names[] = {"Nummer", "Buchstabe", "Doppelbuchstabe", "Dreifachbuchstabe", "Vierfachbuchstabe"};
  std::string out = article;
  for (std::size_t i = 0; i < items.size() && i < 5; ++i) {
    if (items[i].empty()) continue;
    if (!out.empty()) out += ' ';
    out += std::string(names[i]) + " " + items[i];
  }
  return out;
}

bool ends_sentence(std::string_view s, std::size_t dot) {
  // A period ends a sentence unless it follows a number ("1. Januar") or a legal abbreviation.
  std::size_t b = dot;
  while (b > 0) {
    unsigned char c = static_cast<unsigned char>(s[b - 1]);
    if (c >= 0x80 || std::isalnum(c)) --b;
    else break;
  }
  std::string_view word = s.substr(b, dot - b);
  if (word.empty()) return true;
  if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return !is_legal_abbreviation(word) && word != "BGBl" && word != "S" && word != "I";
}

}  // namespace

InstructionSet parse_instructions(const Document& doc, const std::vector<NormalizedText>& views) {
  InstructionSet set;
  FlatText flat;
  for (std::size_t i = 0; i < views.size(); ++i) {
    flat.block_begin.push_back(flat.text.size());
    flat.text += views[i].text;
    flat.text += '\n';
  }
  const std::string& s = flat.text;
  // Cheap exit: no instruction verb, no instructions.
  static const RE2 any_verb(R"(ersetzt|eingefügt|gestrichen|angefügt|aufgehoben|vorangestellt|gefasst|geändert|Fassung)");
  if (!RE2::PartialMatch(s, any_verb)) return set;
  std::vector<QuotePair> quotes = find_quotes(s);

  static const RE2 article_re(R"(^#*\s*(Art(?:ikel|\.)?)\s*(\d+[a-z]?)\b\s*(.*)$)");
  static const RE2 heading_law(R"(^(?:Änderung|Aufhebung)\s+(?:des|der)\s+(.+)$)");
  InstructionContext ctx;
  std::vector<std::string> items;  // item markers by level - 1
  std::vector<std::pair<int, TargetRef>> targets;  // intro targets by level
  int level = 0;
  std::size_t qi = 0;  // next top-level quote
  std::size_t pos = 0;
  std::size_t current_block = static_cast<std::size_t>(-1);
  while (pos < s.size()) {
    // Block start: headings and item markers.
    std::size_t bi = flat.block_at(pos);
    if (bi != current_block && pos == flat.block_begin[bi]) {
      current_block = bi;
      std::string_view view = views[bi].text;
      std::string art, num, rest;
      if (RE2::FullMatch(view, article_re, &art, &num, &rest) &&
          (doc.blocks[bi].kind == BlockKind::heading || rest.size() < 200)) {
        ctx = InstructionContext{};
        ctx.article = "Artikel " + num;
        std::string law;
        if (RE2::FullMatch(rest, heading_law, &law)) ctx.law = clean_law_name(law);
        items.clear();
        targets.clear();
        level = 0;
        ctx.place = ctx.article;
        pos = flat.block_begin[bi] + view.size() + 1;
        continue;
      }
      if (doc.blocks[bi].kind == BlockKind::heading) {
        pos = flat.block_begin[bi] + view.size() + 1;
        continue;
      }
      std::string number;
      std::size_t marker_len = 0;
      int l = item_level(view, &number, &marker_len);
      if (l > 0) {
        level = l;
        items.resize(static_cast<std::size_t>(l));
        items[static_cast<std::size_t>(l) - 1] = number;
        while (!targets.empty() && targets.back().first >= l) targets.pop_back();
        pos += marker_len;
      }
      ctx.place = place_of(ctx.article, items);
    }
    // One sentence at quote depth 0.
    std::size_t start = pos;
    while (start < s.size() && (s[start] == ' ')) ++start;
    std::size_t i = start;
    std::vector<std::size_t> sentence_quotes;
    int paren = 0;
    while (i < s.size()) {
      while (qi < quotes.size() && quotes[qi].open < i) ++qi;
      if (qi < quotes.size() && quotes[qi].open == i) {
        sentence_quotes.push_back(qi);
        i = quotes[qi].after;
        continue;
      }
      char c = s[i];
      if (c == '(') ++paren;
      else if (c == ')' && paren > 0) --paren;
      if (c == '\n') break;
      if (c == '.' && paren == 0 && (i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '\n') && ends_sentence(s, i)) {
        ++i;
        break;
      }
      if (c == ':' && paren == 0) {
        // "wird wie folgt gefasst:" with the new text in the next block(s): the quote belongs here.
        std::size_t k = i + 1;
        while (k < s.size() && (s[k] == ' ' || s[k] == '\n')) ++k;
        while (qi < quotes.size() && quotes[qi].open < k) ++qi;
        if (qi < quotes.size() && quotes[qi].open == k) {
          i = k;
          continue;
        }
        ++i;
        break;
      }
      ++i;
    }
    std::size_t end = i;
    // Only a sentence with an instruction verb can hold an instruction or introduce a target (the
    // sentence parser finds its clauses by these verbs); most sentences of a statute have none.
    if (end > start && RE2::PartialMatch(re2::StringPiece(s.data() + start, end - start), any_verb)) {
      std::string_view sentence(s.data() + start, end - start);
      std::vector<std::pair<std::size_t, std::size_t>> qranges;
      for (std::size_t q : sentence_quotes) qranges.emplace_back(quotes[q].begin - start, quotes[q].end - start);
      InstructionContext here = ctx;
      here.inherited = targets.empty() ? TargetRef{} : targets.back().second;
      std::vector<std::size_t> used;
      std::size_t before = set.instructions.size();
      Introduction intro = parse_instruction_sentence(sentence, qranges, here, set.instructions, &used);
      if (intro.found) {
        if (!intro.law.empty()) ctx.law = intro.law;
        if (!intro.target.empty() || !intro.law.empty()) targets.emplace_back(level, intro.target);
      }
      for (std::size_t k = before; k < set.instructions.size(); ++k) {
        Instruction& ins = set.instructions[k];
        std::size_t sb = flat.block_at(start);
        ins.block = sb;
        ins.view_offset = start - flat.block_begin[sb];
        // The position of the new text's quote.
        for (std::size_t q : sentence_quotes) {
          std::string content = s.substr(quotes[q].begin, quotes[q].end - quotes[q].begin);
          if (!ins.new_text.empty() && content == ins.new_text) {
            std::size_t qb = flat.block_at(quotes[q].begin);
            ins.new_text_block = qb;
            ins.new_text_view_offset = quotes[q].begin - flat.block_begin[qb];
            ins.has_new_text_position = true;
            break;
          }
        }
        if (!ins.law.empty() && std::find(set.laws.begin(), set.laws.end(), ins.law) == set.laws.end())
          set.laws.push_back(ins.law);
      }
      std::sort(used.begin(), used.end());
      used.erase(std::unique(used.begin(), used.end()), used.end());
      for (std::size_t u : used) {
        const QuotePair& q = quotes[sentence_quotes[u]];
        std::size_t qb = flat.block_at(q.begin);
        set.quoted.push_back({qb, q.begin - flat.block_begin[qb], q.end - flat.block_begin[qb]});
      }
    }
    pos = end;
    while (pos < s.size() && s[pos] == ' ') ++pos;
    if (pos < s.size() && s[pos] == '\n') ++pos;
  }
  return set;
}

void mask_quoted(const InstructionSet& set, std::vector<NormalizedText>& views) {
  for (const QuotedSpan& q : set.quoted) {
    std::size_t block = q.block, from = q.view_begin, remaining = q.view_end - q.view_begin;
    while (block < views.size() && remaining > 0) {
      std::string& t = views[block].text;
      std::size_t n = std::min(remaining, t.size() > from ? t.size() - from : 0);
      for (std::size_t k = from; k < from + n; ++k) t[k] = ' ';
      remaining -= n;
      if (remaining == 0) break;
      --remaining;  // the '\n' between blocks
      ++block;
      from = 0;
    }
  }
}

}  // namespace digitalcheck
