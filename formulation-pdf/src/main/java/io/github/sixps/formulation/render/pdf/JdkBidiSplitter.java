package io.github.sixps.formulation.render.pdf;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into runs of one direction, in the order they are shown, with the Java
 * runtime's own Unicode bidirectional algorithm ({@link Bidi}), so that Urdu, Arabic or Hebrew
 * inside English (and English inside them) is laid out in reading order. One splitter serves one
 * paragraph at a time, as the layout engine uses it.
 */
final class JdkBidiSplitter implements BidiSplitter {
  /** Makes a splitter for each paragraph the layout engine lays out. */
  static final BidiSplitterFactory FACTORY = JdkBidiSplitter::new;

  private final List<BidiTextRun> runs = new ArrayList<>();

  @Override
  public void setParagraph(String text, byte direction) {
    runs.clear();
    if (text.isEmpty()) {
      return;
    }
    int flags = direction == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT
        : direction == LTR ? Bidi.DIRECTION_LEFT_TO_RIGHT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
    runs.addAll(visualRuns(text, flags));
  }

  /**
   * The runs of one direction in {@code text}, in the order they are shown, left to right.
   *
   * @param flags the paragraph's direction, as {@link Bidi}'s constructor takes it
   */
  static List<BidiTextRun> visualRuns(String text, int flags) {
    List<BidiTextRun> runs = new ArrayList<>();
    Bidi bidi = new Bidi(text, flags);
    int count = bidi.getRunCount();
    byte[] levels = new byte[count];
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      levels[i] = (byte) bidi.getRunLevel(i);
      order[i] = i;
    }
    Bidi.reorderVisually(levels, 0, order, 0, count);
    for (int run : order) {
      int start = bidi.getRunStart(run);
      runs.add(new BidiTextRun(start, bidi.getRunLimit(run) - start,
          (bidi.getRunLevel(run) & 1) == 0 ? LTR : RTL));
    }
    return runs;
  }

  @Override
  public int countTextRuns() {
    return runs.size();
  }

  @Override
  public BidiTextRun getVisualRun(int index) {
    return runs.get(index);
  }

  @Override
  public byte getBaseDirection(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      switch (Character.getDirectionality(c)) {
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
          return LTR;
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
          return RTL;
        default:
          i += Character.charCount(c);
      }
    }
    return NEUTRAL;
  }
}
