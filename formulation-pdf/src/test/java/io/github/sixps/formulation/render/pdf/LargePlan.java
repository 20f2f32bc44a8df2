package io.github.sixps.formulation.render.pdf;

import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a worked example with a 500-action plan and prints its page count. Run in its own
 * JVM by {@link PdfMemoryTest}, under a small heap, so that the heap limit is the check.
 */
public final class LargePlan {
  static final int ACTIONS = 500;

  private LargePlan() {}

  static Formulation formulation() {
    Formulation base = WorkedExamples.read(WorkedExamples.names().get(0));
    List<Action> actions = new ArrayList<>();
    for (int i = 1; i <= ACTIONS; i++) {
      actions.add(Action.builder("A" + i)
          .action("Action " + i + ": meet the family at home each week and agree the next"
              + " small step towards Amira being in school every day, writing it down together.")
          .measure("Attendance recorded weekly; step " + i + " agreed and written down.")
          .build());
    }
    return base.toBuilder().plan(Plan.of(base.plan().goals(), actions)).build();
  }

  public static void main(String[] args) {
    byte[] pdf = PdfRenderer.builder().build().render(formulation());
    System.out.println("pages=" + PdfChecks.pages(pdf) + " bytes=" + pdf.length);
  }
}
