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
 * The Word documents of every worked example in every view (the whole formulation, the
 * chronology, the family tree) for practitioners and the family, and one of each other document
 * (supervision, what changed, teaching notes, the blank worksheet) for each audience, made once
 * per test run and written to {@code target/docx-preview} for the tests that read them back with
 * other tools, and for looking at. Each comes with what it should hold: the outline's headings
 * in order, the user text it must show whole and the titles of its pictures.
 */
final class Preview {
  static final Path DIR = Path.of("target", "docx-preview");
  /** The example kept in two versions, for supervision and what changed. */
  static final String REVIEWED = "young-carer-kowalski";
  /** The day the supervision documents are made as of. */
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);

  /**
   * One document made.
   *
   * @param file the file
   * @param headings the outline's headings in order, the title first, each folded
   * @param userText every piece of user text it must show whole, folded
   * @param title the title its properties must hold
   * @param pictures the title of each picture the outline has, in order
   */
  record Made(Path file, List<String> headings, List<String> userText, String title,
      List<String> pictures) {
    String name() {
      return file.getFileName().toString();
    }
  }

  private static List<Made> made;

  private Preview() {}

  /**
   * Every document: each worked example in every view (the whole formulation, the chronology,
   * the family tree) for practitioners and for the family; then the reviewed example's
   * supervision summary, what changed and teaching notes, and the blank worksheet, for each
   * audience; then every script, and the family's version in Urdu.
   */
  static synchronized List<Made> all() {
    if (made == null) {
      List<Made> all = new ArrayList<>();
      for (String name : WorkedExamples.names()) {
        Formulation f = WorkedExamples.read(name);
        for (Audience audience : Audience.values()) {
          String suffix = audience == Audience.FAMILY ? "-family.docx" : ".docx";
          DocxRenderer full = renderer(audience, View.FULL, false);
          all.add(make(name + suffix, full.render(f),
              new DocumentBuilder(full.options()).build(f), UserText.of(f, audience)));
          DocxRenderer chronology = renderer(audience, View.CHRONOLOGY, false);
          all.add(make(name + "-chronology" + suffix, chronology.render(f),
              new DocumentBuilder(chronology.options()).build(f),
              UserText.ofChronology(f, audience)));
          DocxRenderer genogram = renderer(audience, View.GENOGRAM, false);
          all.add(make(name + "-genogram" + suffix, genogram.render(f),
              new DocumentBuilder(genogram.options()).build(f), UserText.ofFamilyTree(f)));
        }
      }
      Formulation f = WorkedExamples.read(REVIEWED);
      Formulation before = WorkedExamples.beforeReview(REVIEWED);
      FormulationDiff diff = FormulationDiff.between(before, f);
      for (Audience audience : Audience.values()) {
        String suffix = audience == Audience.FAMILY ? "-family.docx" : ".docx";
        DocxRenderer supervision = renderer(audience, View.SUPERVISION, false);
        all.add(make(REVIEWED + "-supervision" + suffix, supervision.renderSince(before, f),
            new DocumentBuilder(supervision.options()).build(f, Optional.of(before)),
            List.of()));
        DocxRenderer full = renderer(audience, View.FULL, false);
        all.add(make(REVIEWED + "-changes" + suffix, full.renderChanges(diff),
            new DocumentBuilder(full.options()).changes(diff), List.of()));
        DocxRenderer teaching = renderer(audience, View.FULL, true);
        all.add(make(REVIEWED + "-teaching" + suffix, teaching.render(f),
            new DocumentBuilder(teaching.options()).build(f), UserText.of(f, audience)));
        all.add(make("worksheet" + suffix, teaching.renderBlank(),
            new DocumentBuilder(teaching.options()).blank(), List.of()));
      }
      DocxRenderer practitioner = renderer(Audience.PRACTITIONER, View.FULL, false);
      Formulation scripts = Scripts.everyScript();
      all.add(make("every-script.docx", practitioner.render(scripts),
          new DocumentBuilder(practitioner.options()).build(scripts),
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

  private static DocxRenderer renderer(Audience audience, View view, boolean teaching) {
    return DocxRenderer.builder().audience(audience).view(view).teaching(teaching).asOf(AS_OF)
        .build();
  }

  private static Made make(String name, byte[] bytes, Document outline, List<String> text) {
    try {
      Files.createDirectories(DIR);
      Path file = Files.write(DIR.resolve(name), bytes);
      return new Made(file, headings(outline), text, Runs.fold(outline.title()),
          pictures(outline));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The title of each picture in the outline, in order, as the Word document titles it. */
  static List<String> pictures(Document outline) {
    List<String> titles = new ArrayList<>();
    for (Block.Section s : outline.sections()) {
      pictures(s, titles);
    }
    return titles;
  }

  private static void pictures(Block.Section s, List<String> titles) {
    for (Block b : s.body()) {
      if (b instanceof Block.Section inner) {
        pictures(inner, titles);
      } else if (b instanceof Block.Diagram d) {
        titles.add(d.data().title());
      } else if (b instanceof Block.Chart c) {
        titles.add(c.data().title());
      } else if (b instanceof Block.Genogram g) {
        titles.add(g.data().title());
      } else if (b instanceof Block.Timeline t) {
        titles.add(t.data().title());
      }
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
