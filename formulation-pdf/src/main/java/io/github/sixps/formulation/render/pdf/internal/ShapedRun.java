package io.github.sixps.formulation.render.pdf.internal;

import java.util.Arrays;

/**
 * One run of text as a shaper set it: the glyphs in the order they are drawn, left to right,
 * with where each goes, in the font's own units (so independent of the size the text is set
 * at). Immutable.
 *
 * @param glyphs the font's glyph ids, in drawing order
 * @param x each glyph's horizontal position from the start of the run, in font units
 * @param y each glyph's vertical offset from the baseline, up positive, in font units
 * @param clusters for each glyph, the index in the run's text of the first character it draws
 * @param advance the width of the whole run, in font units
 * @param unitsPerEm the font's units in one em, to scale the positions to a font size
 */
public record ShapedRun(int[] glyphs, float[] x, float[] y, int[] clusters, float advance,
    int unitsPerEm) {

  /** Copies the arrays, so that the run stays as the shaper made it. */
  public ShapedRun {
    if (x.length != glyphs.length || y.length != glyphs.length
        || clusters.length != glyphs.length) {
      throw new IllegalArgumentException("one position and one cluster for each glyph");
    }
    glyphs = glyphs.clone();
    x = x.clone();
    y = y.clone();
    clusters = clusters.clone();
  }

  /** {@return the glyph ids, in drawing order} */
  @Override
  public int[] glyphs() {
    return glyphs.clone();
  }

  /** {@return each glyph's horizontal position, in font units} */
  @Override
  public float[] x() {
    return x.clone();
  }

  /** {@return each glyph's vertical offset, up positive, in font units} */
  @Override
  public float[] y() {
    return y.clone();
  }

  /** {@return the index of the first character each glyph draws} */
  @Override
  public int[] clusters() {
    return clusters.clone();
  }

  /** {@return how many glyphs the run has} */
  public int size() {
    return glyphs.length;
  }

  /** {@return the glyph id at {@code index}} */
  public int glyph(int index) {
    return glyphs[index];
  }

  /** {@return the horizontal position of the glyph at {@code index}, in font units} */
  public float x(int index) {
    return x[index];
  }

  /** {@return the vertical offset of the glyph at {@code index}, in font units} */
  public float y(int index) {
    return y[index];
  }

  /** {@return the first character of the text the glyph at {@code index} draws} */
  public int cluster(int index) {
    return clusters[index];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShapedRun r && Arrays.equals(glyphs, r.glyphs) && Arrays.equals(x, r.x)
        && Arrays.equals(y, r.y) && Arrays.equals(clusters, r.clusters)
        && advance == r.advance && unitsPerEm == r.unitsPerEm;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(glyphs) + Arrays.hashCode(x);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < glyphs.length; i++) {
      s.append(i == 0 ? "" : "|").append(glyphs[i]).append('=').append(clusters[i])
          .append('@').append(x[i]).append(',').append(y[i]);
    }
    return s.append("] +").append(advance).toString();
  }
}
