package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.prioritise.RankedFactor;
import io.github.sixps.formulation.prioritise.Ranking;
import io.github.sixps.formulation.render.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The section with the 6Ps picture: every item under each heading, shortened, the perpetuating
 * factors in their ranked order when there is a ranking.
 */
final class DiagramSection {
  private DiagramSection() {}

  /** The diagram's section for one formulation, in these words. */
  static Block.Section of(Formulation f, Optional<Ranking> ranking, Words say) {
    return new Block.Section("diagram", 2, say.heading(Label.DIAGRAM),
        List.of(new Block.Diagram(diagram(f, ranking, say))));
  }

  private static DiagramData diagram(Formulation f, Optional<Ranking> ranking, Words say) {
    DiagramData.Cell centre = cell("presenting", Label.PRESENTING,
        f.presenting().stream().map(PresentingIssue::statement).collect(Collectors.toList()),
        say);
    List<DiagramData.Cell> around = new ArrayList<>();
    around.add(cell("predisposing", Label.PREDISPOSING, statements(f.predisposing()), say));
    around.add(cell("precipitating", Label.PRECIPITATING, statements(f.precipitating()), say));
    around.add(cell("perpetuating", Label.PERPETUATING, statements(rankedFactors(f, ranking)),
        say));
    around.add(cell("protective", Label.PROTECTIVE, statements(f.protective()), say));
    List<String> plan = new ArrayList<>();
    f.plan().goals().forEach(g -> plan.add(g.outcome()));
    DiagramData.Cell planCell = new DiagramData.Cell("plan", say.heading(Label.PLAN),
        plan.size(), top(plan));
    return new DiagramData(say.heading(Label.DIAGRAM), centre, ImmutableList.copyOf(around),
        planCell);
  }

  private static DiagramData.Cell cell(String key, Label label, List<String> statements,
      Words say) {
    return new DiagramData.Cell(key, say.heading(label), statements.size(), top(statements));
  }

  /**
   * Every statement, shortened to its first sentence with an ellipsis when more follows: the
   * picture shows as many as the page holds and says that the rest are in full below; its words
   * give them all.
   */
  private static ImmutableList<String> top(List<String> statements) {
    return statements.stream().filter(s -> !s.isBlank())
        .map(Sentences::shortened).collect(ImmutableList.toImmutableList());
  }

  private static List<String> statements(List<Factor> factors) {
    return factors.stream().map(Factor::statement).collect(Collectors.toList());
  }

  private static List<Factor> rankedFactors(Formulation f, Optional<Ranking> ranking) {
    return ranking.map(r -> r.factors().stream().map(RankedFactor::factor)
        .collect(Collectors.toList())).orElse(f.perpetuating());
  }
}
