package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/** The section with the validator's findings: where each is, what it is and what to do. */
final class FindingsSection {
  private FindingsSection() {}

  /** The findings' section of a report, in these words. */
  static Block.Section of(ValidationReport report, Words say) {
    List<Block> body = new ArrayList<>();
    if (report.isEmpty()) {
      body.add(new Block.Empty(say.text("empty.findings")));
    } else {
      body.add(Block.Paragraph.of(report.summary() + "."));
      List<ImmutableList<String>> rows = new ArrayList<>();
      for (Finding finding : report.findings()) {
        rows.add(ImmutableList.of(
            say.severity(finding.severity()),
            finding.path().isEmpty() ? say.text("findings.wholeFormulation") : finding.path(),
            finding.message(), finding.suggestion().orElse(""), finding.code()));
      }
      body.add(new Block.Table(say.text("findings.caption"),
          say.texts("findings.severity", "findings.where", "findings.what",
              "findings.whatToDo", "findings.rule"),
          ImmutableList.copyOf(rows)));
    }
    return new Block.Section("findings", 2, say.heading(Label.FINDINGS), body);
  }
}
