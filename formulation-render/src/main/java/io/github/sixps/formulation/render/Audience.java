package io.github.sixps.formulation.render;

/** Who a rendered formulation is for; the renderers choose labels and detail to suit. */
public enum Audience {
  /** Practitioners and supervisors: the full record, with scores, codes and findings. */
  PRACTITIONER,
  /** The family: plain labels, no scores or codes, short sentences and large print. */
  FAMILY
}
