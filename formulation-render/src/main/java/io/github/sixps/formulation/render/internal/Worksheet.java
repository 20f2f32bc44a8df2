package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The blank worksheet, as teams use one in a meeting: a sheet of six boxes, one for each P, and a
 * sheet of three houses (worries, good things, dreams) with the hypothesis under them. Each box
 * asks one question, in the audience's words (the family's speak to the family), and keeps its
 * heading with its room to write. The writers lay each sheet out on a page of its own; its
 * sections are known by {@link #BOXES} and {@link #HOUSES}.
 */
final class Worksheet extends DocumentPart {
  /** The id of the first sheet's section, the six boxes. */
  static final String BOXES = "worksheet-boxes";
  /** The id of the second sheet's section, the three houses. */
  static final String HOUSES = "worksheet-houses";
  /** The six boxes, in the order a formulation is talked through. */
  private static final List<Label> SIX = List.of(Label.PRESENTING, Label.PREDISPOSING,
      Label.PRECIPITATING, Label.PERPETUATING, Label.PROTECTIVE, Label.PLAN);
  /**
   * Lines to write on in each box and house. On paper the box's own size decides how many show;
   * these are what a web page, Markdown and braille give.
   */
  private static final int BOX_LINES = 6;
  /** The family's large print leaves room for fewer lines in a box on the same sheet. */
  private static final int LARGE_BOX_LINES = 4;
  private static final int HOUSE_LINES = 8;
  private static final int HYPOTHESIS_LINES = 3;

  private final RenderOptions options;

  Worksheet(RenderOptions options) {
    super(options);
    this.options = options;
  }

  /** The worksheet: the six boxes, then the three houses and the hypothesis. */
  Document build() {
    List<Block> boxes = new ArrayList<>();
    for (Label label : SIX) {
      boxes.add(box(label.key(), say.heading(label), "worksheet." + label.key() + ".ask",
          family ? LARGE_BOX_LINES : BOX_LINES));
    }
    List<Block> houses = List.of(
        box("house-worries", say.text("worksheet.worries"), "worksheet.worries.ask",
            HOUSE_LINES),
        box("house-going-well", say.text("worksheet.goingWell"), "worksheet.goingWell.ask",
            HOUSE_LINES),
        box("house-needs-to-happen", say.text("worksheet.needsToHappen"),
            "worksheet.needsToHappen.ask", HOUSE_LINES),
        box(Label.HYPOTHESIS.key(), say.heading(Label.HYPOTHESIS), "worksheet.hypothesis.ask",
            HYPOTHESIS_LINES));
    ImmutableList<Document.Fact> facts = ImmutableList.of(
        new Document.Fact(say.text("facts.family"), ""),
        new Document.Fact(say.text("facts.date"), ""),
        new Document.Fact(say.text("facts.whoWasThere"), ""));
    return new Document(say.text("document.worksheet"), facts, options.marking(),
        Optional.empty(), ImmutableList.of(
            new Block.Section(BOXES, 2, say.text("worksheet.boxes"), boxes),
            new Block.Section(HOUSES, 2, say.text("worksheet.houses"), houses)),
        family);
  }

  /** One box: its heading, its one question, and lines to write on. */
  private Block.Section box(String id, String heading, String askKey, int lines) {
    return new Block.Section(id, 3, heading, List.of(Block.Paragraph.of(say.text(askKey)),
        new Block.WritingSpace(lines)));
  }
}
