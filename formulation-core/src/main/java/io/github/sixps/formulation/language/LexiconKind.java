package io.github.sixps.formulation.language;

/**
 * Why a lexicon entry gets in the way of plain, respectful language. The kind also decides how an
 * entry is matched: see {@link PlainLanguage}.
 */
public enum LexiconKind {
  /**
   * Words of the trade that families do not use or that mean something else to them:
   * {@code placement}, {@code threshold}, {@code step down}. Matched without regard to case.
   */
  JARGON,
  /**
   * Initials and short codes: {@code CIN}, {@code PLO}, {@code s47}. Matched with regard to case,
   * so that {@code CP} is found but {@code cp} and the {@code CP} in {@code CPU} are not.
   */
  ACRONYM,
  /**
   * Words that describe a person by a shortcoming or put the blame on them:
   * {@code failed to engage}, {@code attention-seeking}, {@code hard to reach}. Matched without
   * regard to case.
   */
  DEFICIT
}
