package io.github.sixps.formulation.render.docx;

import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Word documents of every worked example in each view, made once per test run and written
 * to {@code target/docx-preview} for the tests that read them back with other tools, and for
 * looking at.
 */
final class Preview {
  static final Path DIR = Path.of("target", "docx-preview");
  private static final DocxRenderer PRACTITIONER = DocxRenderer.builder().build();
  private static final DocxRenderer FAMILY = DocxRenderer.builder().audience(Audience.FAMILY)
      .build();
  private static final DocxRenderer SUPERVISION = DocxRenderer.builder().view(View.SUPERVISION)
      .asOf(java.time.LocalDate.of(2026, 12, 7)).build();
  private static final DocxRenderer TEACHING = DocxRenderer.builder().teaching(true).build();

  private static Map<String, Path> files;

  private Preview() {}

  /** Every document by its file name, such as {@code school-avoidance-ahmed-family.docx}. */
  static synchronized Map<String, Path> files() {
    if (files == null) {
      Map<String, Path> all = new LinkedHashMap<>();
      for (String name : WorkedExamples.names()) {
        var f = WorkedExamples.read(name);
        all.put(name + ".docx", save(name + ".docx", PRACTITIONER.render(f)));
        all.put(name + "-family.docx", save(name + "-family.docx", FAMILY.render(f)));
      }
      String ahmed = "young-carer-kowalski";
      var f = WorkedExamples.read(ahmed);
      var before = WorkedExamples.beforeReview(ahmed);
      all.put(ahmed + "-supervision.docx", save(ahmed + "-supervision.docx",
          SUPERVISION.render(f, before)));
      all.put(ahmed + "-changes.docx", save(ahmed + "-changes.docx",
          PRACTITIONER.renderChanges(io.github.sixps.formulation.review.FormulationDiff
              .between(before, f))));
      all.put(ahmed + "-teaching.docx", save(ahmed + "-teaching.docx", TEACHING.render(f)));
      all.put("worksheet.docx", save("worksheet.docx", TEACHING.renderBlank()));
      files = all;
    }
    return files;
  }

  private static Path save(String name, byte[] bytes) {
    try {
      Files.createDirectories(DIR);
      return Files.write(DIR.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
