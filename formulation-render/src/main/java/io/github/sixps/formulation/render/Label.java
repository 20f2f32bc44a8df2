package io.github.sixps.formulation.render;

/**
 * Every heading and label a rendered formulation shows, so that a {@link Terminology} can name
 * each in a council's own words. The key is the name used in terminology files.
 */
public enum Label {
  /** The presenting issues heading. */
  PRESENTING("presenting"),
  /** The predisposing factors heading. */
  PREDISPOSING("predisposing"),
  /** The precipitating factors heading. */
  PRECIPITATING("precipitating"),
  /** The perpetuating factors heading. */
  PERPETUATING("perpetuating"),
  /** The protective factors heading. */
  PROTECTIVE("protective"),
  /** The plan heading. */
  PLAN("plan"),
  /** The people and contributors section. */
  PEOPLE("people"),
  /** The diagram of the six Ps. */
  DIAGRAM("diagram"),
  /** The child's voice section. */
  CHILDS_VOICE("childsVoice"),
  /** A child's worries. */
  WORRIES("worries"),
  /** The good things in a child's life. */
  GOOD_THINGS("goodThings"),
  /** A child's dreams. */
  DREAMS("dreams"),
  /** The hypothesis section. */
  HYPOTHESIS("hypothesis"),
  /** The goals within the plan. */
  GOALS("goals"),
  /** The actions within the plan. */
  ACTIONS("actions"),
  /** Reviews of the plan over time. */
  REVIEWS("reviews"),
  /** Validation findings. */
  FINDINGS("findings"),
  /** The chronology of significant events in the child's life. */
  CHRONOLOGY("chronology"),
  /** The family tree (genogram). */
  GENOGRAM("genogram");

  private final String key;

  Label(String key) {
    this.key = key;
  }

  /** {@return the key used in terminology files, such as {@code childsVoice}} */
  public String key() {
    return key;
  }
}
