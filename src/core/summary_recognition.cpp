// Summary sections: each list item, or each line numbered with a keycap emoji
// or "1.", becomes a summary card; the numbering is not part of the card.
#include <span>
#include <vector>

#include "emoji_scan.h"
#include "recognition_context.h"
#include "recognition_vocabulary.h"

namespace clinic::recognition {
namespace {

class SummaryWriter {
 public:
  explicit SummaryWriter(Context& ctx) : ctx_(ctx) {}

  void write(std::span<const Piece> pieces) {
    for (const Piece& piece : pieces) {
      if (piece.kind == PieceKind::Block && ctx_.old[piece.node].kind == NodeKind::List) {
        write_list_cards(piece.node);
      } else if (piece.kind == PieceKind::Lines) {
        write_lines(piece.first_line, piece.end_line);
      } else if (piece.kind == PieceKind::Block && ctx_.old[piece.node].kind == NodeKind::Paragraph) {
        const auto [first, end] = ctx_.split_lines(piece.node);
        write_lines(first, end);
      } else {
        ctx_.emit_piece(piece);
      }
    }
  }

 private:
  void open_card(uint32_t source_offset) {
    Node card;
    card.kind = NodeKind::SummaryCard;
    card.number = ++cards_;
    card.source_offset = source_offset;
    ctx_.out.open(card);
  }

  void open_list(uint32_t source_offset) {
    Node list;
    list.kind = NodeKind::SummaryList;
    list.source_offset = source_offset;
    ctx_.out.open(list);
  }

  void write_list_cards(uint32_t list) {
    const OldNodes& old = ctx_.old;
    // Ends are read before the items' content is copied (which consumes them).
    const uint32_t list_end = old[list].end;
    open_list(old[list].source_offset);
    for (uint32_t item = list + 1; item < list_end;) {
      const uint32_t item_end = old[item].end;
      open_card(old[item].source_offset);
      std::string_view first;
      for (uint32_t n = item + 1; n < item_end && first.empty(); ++n) {
        if (old[n].kind == NodeKind::Text) first = ctx_.post.str(old[n].text);
      }
      size_t keycap = 0;
      ctx_.emit_inline_content(item, leading_keycap_number(first, &keycap) >= 0
                                         ? vocabulary::card_marker_length(first)
                                         : 0);
      ctx_.out.close();
      item = item_end;
    }
    ctx_.out.close();
  }

  // Numbered lines become cards; a card line that does not end its sentence is
  // continued by the plain lines after it (hard-wrapped text).
  void write_lines(uint32_t first, uint32_t end) {
    const std::vector<Line>& lines = ctx_.lines;
    uint32_t l = first;
    while (l < end) {
      if (vocabulary::card_marker_length(lines[l].text) == 0) {
        uint32_t m = l + 1;
        while (m < end && vocabulary::card_marker_length(lines[m].text) == 0) ++m;
        ctx_.emit_lines(l, m);
        l = m;
        continue;
      }
      open_list(ctx_.old[lines[l].first].source_offset);
      while (l < end && vocabulary::card_marker_length(lines[l].text) > 0) {
        uint32_t last = l;
        while (last + 1 < end && lines[last + 1].paragraph == lines[l].paragraph &&
               !vocabulary::ends_sentence(lines[last].text) &&
               vocabulary::card_marker_length(lines[last + 1].text) == 0 &&
               leading_emoji_length(lines[last + 1].text) == 0) {
          ++last;
        }
        open_card(ctx_.old[lines[l].first].source_offset);
        const uint32_t start = ctx_.out.size();
        ctx_.out.copy_range(lines[l].first, lines[last].end);
        strip_leading_text(ctx_.out.nodes(), start, ctx_.out.size(), vocabulary::card_marker_length(lines[l].text));
        ctx_.out.close();
        l = last + 1;
      }
      ctx_.out.close();
    }
  }

  Context& ctx_;
  uint32_t cards_ = 0;
};

}  // namespace

void emit_summary_section_content(Context& ctx, std::span<const Piece> pieces) {
  SummaryWriter(ctx).write(pieces);
}

}  // namespace clinic::recognition
