package io.github.sixps.formulation.validate;

import com.google.common.collect.ImmutableList;

/** The rules every validator starts with, in the order they run. */
final class StandardRules {
  private StandardRules() {}

  static ImmutableList<Rule> all() {
    return ImmutableList.<Rule>builder()
        .addAll(StructureRules.all())
        .addAll(PracticeRules.all())
        .addAll(ChronologyRules.all())
        .addAll(FamilyTreeRules.all())
        .addAll(RankingRules.all())
        .addAll(SmartRules.all())
        .addAll(SupervisionRules.all())
        .addAll(LanguageRules.all())
        .build();
  }
}
