package io.github.sixps.formulation.render.docx;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.internal.Block;
import io.github.sixps.formulation.render.internal.Document;
import io.github.sixps.formulation.render.internal.DocumentBuilder;
import io.github.sixps.formulation.render.testing.UserText;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Word documents of every worked example for practitioners and the family, and one of each
 * other view (supervision, what changed, teaching notes, the blank worksheet), made once per
 * test run and written to {@code target/docx-preview} for the tests that read them back with
 * other tools, and for looking at. Each comes with what it should hold: the outline's headings
 * in order, and the user text it must show whole.
 */
final class Preview {
  static final Path DIR = Path.of("target", "docx-preview");
  private static final DocxRenderer PRACTITIONER = DocxRenderer.builder().build();
  private static final DocxRenderer FAMILY = DocxRenderer.builder().audience(Audience.FAMILY)
      .build();
  private static final DocxRenderer SUPERVISION = DocxRenderer.builder().view(View.SUPERVISION)
      .asOf(LocalDate.of(2026, 12, 7)).build();
  private static final DocxRenderer TEACHING = DocxRenderer.builder().teaching(true).build();
  /** The example kept in two versions, for supervision and what changed. */
  static final String REVIEWED = "young-carer-kowalski";

  /**
   * One document made.
   *
   * @param file the file
   * @param headings the outline's headings in order, the title first, each folded
   * @param userText every piece of user text it must show whole, folded
   * @param title the title its properties must hold
   */
  record Made(Path file, List<String> headings, List<String> userText, String title) {
    String name() {
      return file.getFileName().toString();
    }
  }

  private static List<Made> made;

  private Preview() {}

  /** Every document, practitioners' and families' of each example first. */
  static synchronized List<Made> all() {
    if (made == null) {
      List<Made> all = new ArrayList<>();
      for (String name : WorkedExamples.names()) {
        Formulation f = WorkedExamples.read(name);
        all.add(make(name + ".docx", PRACTITIONER.render(f),
            new DocumentBuilder(PRACTITIONER.options()).build(f),
            UserText.of(f, Audience.PRACTITIONER)));
        all.add(make(name + "-family.docx", FAMILY.render(f),
            new DocumentBuilder(FAMILY.options()).build(f), UserText.of(f, Audience.FAMILY)));
      }
      Formulation f = WorkedExamples.read(REVIEWED);
      Formulation before = WorkedExamples.beforeReview(REVIEWED);
      all.add(make(REVIEWED + "-supervision.docx", SUPERVISION.render(f, before),
          new DocumentBuilder(SUPERVISION.options()).build(f, Optional.of(before)), List.of()));
      FormulationDiff diff = FormulationDiff.between(before, f);
      all.add(make(REVIEWED + "-changes.docx", PRACTITIONER.renderChanges(diff),
          new DocumentBuilder(PRACTITIONER.options()).changes(diff), List.of()));
      all.add(make(REVIEWED + "-teaching.docx", TEACHING.render(f),
          new DocumentBuilder(TEACHING.options()).build(f),
          UserText.of(f, Audience.PRACTITIONER)));
      all.add(make("worksheet.docx", TEACHING.renderBlank(),
          new DocumentBuilder(TEACHING.options()).blank(), List.of()));
      Formulation scripts = Scripts.everyScript();
      all.add(make("every-script.docx", PRACTITIONER.render(scripts),
          new DocumentBuilder(PRACTITIONER.options()).build(scripts),
          UserText.of(scripts, Audience.PRACTITIONER)));
      DocxRenderer urdu = DocxRenderer.builder().audience(Audience.FAMILY)
          .terminology(Scripts.urdu()).build();
      Formulation ahmed = WorkedExamples.read("school-avoidance-ahmed");
      all.add(make("urdu-family.docx", urdu.render(ahmed),
          new DocumentBuilder(urdu.options()).build(ahmed), UserText.of(ahmed, Audience.FAMILY)));
      made = List.copyOf(all);
    }
    return made;
  }

  private static Made make(String name, byte[] bytes, Document outline, List<String> text) {
    try {
      Files.createDirectories(DIR);
      Path file = Files.write(DIR.resolve(name), bytes);
      return new Made(file, headings(outline), text, Runs.fold(outline.title()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The title and every section's heading, in the order they come, folded. */
  static List<String> headings(Document outline) {
    List<String> headings = new ArrayList<>();
    headings.add(Runs.fold(outline.title()));
    for (Block.Section s : outline.sections()) {
      section(s, headings);
    }
    return headings;
  }

  private static void section(Block.Section s, List<String> headings) {
    headings.add(Runs.fold(s.title()));
    for (Block b : s.body()) {
      if (b instanceof Block.Section inner) {
        section(inner, headings);
      }
    }
  }
}
