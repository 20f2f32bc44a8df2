package io.github.sixps.formulation.render;

/**
 * Which document a renderer makes from a formulation.
 *
 * <pre>{@code
 * Renderer forSupervision = HtmlRenderer.builder().view(View.SUPERVISION).build();
 * String html = forSupervision.renderSince(lastMonth, today);
 * }</pre>
 */
public enum View {
  /**
   * The whole formulation: the family, the six Ps, the hypothesis, the plan and its reviews;
   * for practitioners, also the family tree and the chronology when the formulation has them.
   * The family's version leaves those two to {@link #GENOGRAM} and {@link #CHRONOLOGY}, so that
   * its handout stays about now and the plan, and short enough to read.
   */
  FULL,

  /**
   * A short summary for outcome-focused supervision: the hypothesis and its focus, the
   * perpetuating factors that matter most, each goal's progress with its chart, what is late and
   * what is coming up, and, when an earlier version is given, what changed since. It fits on two
   * A4 pages for a typical case.
   */
  SUPERVISION,

  /**
   * The chronology of significant events on its own: the timeline, the events in date order
   * with their sources (practitioners only) and the people involved, and what each meant for
   * the child. Says so when the formulation has no chronology.
   */
  CHRONOLOGY,

  /**
   * The family tree (genogram) on its own: the picture with its key, and every relationship in
   * a sentence. Says so when the formulation has no family tree.
   */
  GENOGRAM
}
