package io.github.sixps.formulation.render.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;

/**
 * Leaves text as it is written for the layout engine, which measures and breaks it in reading
 * order, and marks each right-to-left run it is about to draw, so that {@link
 * ShapingTextRenderer} shapes it right to left (joining Arabic-script letters, placing marks,
 * mirroring brackets) and lays its glyphs out from the right. Shaping and turning the run round
 * are the shaper's, not this class's: nothing here knows a script.
 */
final class RightToLeftRuns implements BidiReorderer {
  static final RightToLeftRuns INSTANCE = new RightToLeftRuns();

  /**
   * Put before a right-to-left run on its way to be drawn. A noncharacter, which user text
   * never holds (every format removes them), so it cannot be mistaken for text.
   */
  static final char MARK = '\uFDD0';

  private RightToLeftRuns() {}

  @Override
  public String reorderRTLTextToLTR(String text) {
    return MARK + text;
  }

  @Override
  public String shapeText(String text) {
    return text;
  }

  @Override
  public String deshapeText(String text) {
    return text;
  }

  @Override
  public boolean isLiveImplementation() {
    return false;
  }
}
