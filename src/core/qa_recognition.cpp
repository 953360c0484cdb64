// Q&A sections: questions start at sub-headings or at "Q1."-style lines; each
// answer runs to the next question. Pasted posts write both as consecutive
// lines of one paragraph, so the work is done line by line.
#include <span>
#include <vector>

#include "recognition_context.h"
#include "recognition_vocabulary.h"

namespace clinic::recognition {
namespace {

// A Q&A section's content, broken down so that a question can start anywhere.
struct Unit {
  enum class Kind : uint8_t { Line, SubHeading, Piece } kind;
  uint32_t index;  // line index, old heading node, or piece index
};

std::vector<Unit> units_of(Context& ctx, std::span<const Piece> pieces) {
  std::vector<Unit> units;
  for (uint32_t p = 0; p < pieces.size(); ++p) {
    const Piece& piece = pieces[p];
    if (piece.kind == PieceKind::Heading) {
      units.push_back({Unit::Kind::SubHeading, piece.node});
    } else if (piece.kind == PieceKind::Lines) {
      for (uint32_t l = piece.first_line; l < piece.end_line; ++l) units.push_back({Unit::Kind::Line, l});
    } else if (piece.kind == PieceKind::Block && ctx.old[piece.node].kind == NodeKind::Paragraph) {
      const auto [first, end] = ctx.split_lines(piece.node);
      for (uint32_t l = first; l < end; ++l) units.push_back({Unit::Kind::Line, l});
    } else {
      units.push_back({Unit::Kind::Piece, p});
    }
  }
  return units;
}

class QaWriter {
 public:
  QaWriter(Context& ctx, std::span<const Piece> pieces) : ctx_(ctx), pieces_(pieces), units_(units_of(ctx, pieces)) {
    // Filled from the back once, so that asking about every line of a long
    // paragraph stays linear.
    answer_ahead_.assign(units_.size(), false);
    for (size_t u = units_.size(); u-- > 0;) {
      if (units_[u].kind != Unit::Kind::Line) continue;
      answer_ahead_[u] = vocabulary::answer_marker_length(line(u).text) > 0 ||
                         (same_paragraph_as_previous(u + 1) && answer_ahead_[u + 1]);
    }
  }

  void write() {
    size_t u = 0;
    size_t intro_end = 0;
    while (intro_end < units_.size() && !starts_question(intro_end)) ++intro_end;
    write_units(u, intro_end, 0);
    u = intro_end;
    uint32_t number = 0;
    while (u < units_.size()) {
      Node item;
      item.kind = NodeKind::QaItem;
      item.number = ++number;
      item.source_offset = source_offset_of(u);
      ctx_.out.open(item);
      u = write_question(u);
      size_t answer_end = u;
      while (answer_end < units_.size() && !starts_question(answer_end)) ++answer_end;
      Node answer;
      answer.kind = NodeKind::QaAnswer;
      answer.source_offset = u < answer_end ? source_offset_of(u) : item.source_offset;
      ctx_.out.open(answer);
      const bool first_is_line = u < answer_end && units_[u].kind == Unit::Kind::Line;
      write_units(u, answer_end, first_is_line ? vocabulary::answer_marker_length(line(u).text) : 0);
      ctx_.out.close();
      ctx_.out.close();
      u = answer_end;
    }
  }

 private:
  const Line& line(size_t u) const { return ctx_.lines[units_[u].index]; }

  bool starts_question(size_t u) const {
    switch (units_[u].kind) {
      case Unit::Kind::SubHeading: return true;
      case Unit::Kind::Line: return vocabulary::question_marker_length(line(u).text) > 0;
      default: return false;
    }
  }

  uint32_t source_offset_of(size_t u) const {
    switch (units_[u].kind) {
      case Unit::Kind::Line: return ctx_.old[line(u).first].source_offset;
      case Unit::Kind::SubHeading: return ctx_.old[units_[u].index].source_offset;
      default: {
        const Piece& p = pieces_[units_[u].index];
        return p.kind == PieceKind::Block ? ctx_.old[p.node].source_offset
                                          : ctx_.old[ctx_.lines[p.first_line].first].source_offset;
      }
    }
  }

  // Writes the QaQuestion starting at unit u; returns the unit after it.
  size_t write_question(size_t u) {
    Node question;
    question.kind = NodeKind::QaQuestion;
    question.source_offset = source_offset_of(u);
    ctx_.out.open(question);
    const uint32_t start = ctx_.out.size();
    size_t next = u + 1;
    if (units_[u].kind == Unit::Kind::SubHeading) {
      const uint32_t heading = units_[u].index;
      const uint32_t heading_end = ctx_.old[heading].end;
      std::string text;  // read before the copy consumes the old nodes
      for (uint32_t n = heading + 1; n < heading_end; ++n) {
        if (ctx_.old[n].kind == NodeKind::Text) text.append(ctx_.post.str(ctx_.old[n].text));
      }
      ctx_.out.copy_range(heading + 1, heading_end);
      strip_leading_text(ctx_.out.nodes(), start, ctx_.out.size(), vocabulary::question_marker_length(text));
    } else {
      // A question hard-wrapped over several lines continues until it reads as
      // a question, as long as an answer line follows in the same paragraph.
      std::string text(line(u).text);
      size_t last = u;
      while (!vocabulary::ends_question(text) && continues_question(last + 1) && answer_follows(last + 1)) {
        ++last;
        text.append(" ").append(line(last).text);
      }
      ctx_.out.copy_range(line(u).first, line(last).end);
      strip_leading_text(ctx_.out.nodes(), start, ctx_.out.size(), vocabulary::question_marker_length(line(u).text));
      next = last + 1;
    }
    ctx_.out.close();
    return next;
  }

  bool continues_question(size_t u) const {
    return u < units_.size() && units_[u].kind == Unit::Kind::Line &&
           line(u).paragraph == line(u - 1).paragraph && !starts_question(u) &&
           vocabulary::answer_marker_length(line(u).text) == 0;
  }

  // Unit u is a line continuing the paragraph of line u - 1.
  bool same_paragraph_as_previous(size_t u) const {
    return u < units_.size() && units_[u].kind == Unit::Kind::Line && line(u).paragraph == line(u - 1).paragraph;
  }

  // An answer line comes at u or later in the paragraph of line u - 1.
  bool answer_follows(size_t u) const { return same_paragraph_as_previous(u) && answer_ahead_[u]; }

  // Writes units [u, end): runs of lines as paragraphs, the rest as they are.
  void write_units(size_t u, size_t end, size_t strip_first) {
    while (u < end) {
      if (units_[u].kind == Unit::Kind::Line) {
        size_t v = u + 1;
        while (v < end && units_[v].kind == Unit::Kind::Line && units_[v].index == units_[v - 1].index + 1) ++v;
        ctx_.emit_lines(units_[u].index, units_[v - 1].index + 1, strip_first);
        u = v;
      } else {
        if (units_[u].kind == Unit::Kind::SubHeading) ctx_.emit_block(units_[u].index);
        else ctx_.emit_piece(pieces_[units_[u].index]);
        ++u;
      }
      strip_first = 0;
    }
  }

  Context& ctx_;
  std::span<const Piece> pieces_;
  std::vector<Unit> units_;
  std::vector<bool> answer_ahead_;  // an answer line at u or after it in u's paragraph
};

}  // namespace

void emit_qa_section_content(Context& ctx, std::span<const Piece> pieces) {
  QaWriter(ctx, pieces).write();
}

}  // namespace clinic::recognition
