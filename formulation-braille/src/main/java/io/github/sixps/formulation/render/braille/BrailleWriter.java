package io.github.sixps.formulation.render.braille;

import io.github.sixps.formulation.render.internal.Block;
import io.github.sixps.formulation.render.internal.Document;
import io.github.sixps.formulation.render.internal.Words;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lays one document out in braille pages, in the formats of Braille Formats: Principles of
 * Print-to-Braille Transcription (BANA, 2016): the title and each main section's heading
 * centred, with a blank line before and after and at least three blank cells either side;
 * subheadings in cell 5 (their runover lines too), a blank line before and none after;
 * paragraphs in 3-1 (first line in cell 3, runover lines in cell 1); list items in 1-3 and the
 * details under them in 3-5. A heading is never the last thing on a page: it moves to the next
 * page unless two lines of what follows fit under it. Tables become lists, row by row, each
 * cell after the first labelled with its column's heading, since a table of five columns does
 * not fit in 40 cells.
 */
final class BrailleWriter {
  private static final String DOCUMENT = "document";

  private final UebTranslator ueb;
  private final int width;
  private final Pages pages;
  /** The characters without a UEB sign, by the section they were met in, in order. */
  private final Map<String, StringBuilder> unsupported = new LinkedHashMap<>();
  private String location = DOCUMENT;
  /** The document's words: the pictures' descriptions and the labels braille adds. */
  private final Words words;

  BrailleWriter(UebTranslator ueb, int width, int lines, boolean numberAtTop, Words words) {
    this.ueb = ueb;
    this.words = words;
    this.width = width;
    this.pages = new Pages(width, lines, numberAtTop);
  }

  /** Lays out the whole document. */
  Pages write(Document doc) {
    doc.marking().ifPresent(m -> pages.add(Lines.centred(braille(m), width)));
    centredHeading(doc.title());
    for (Document.Fact fact : doc.facts()) {
      item(fact.name() + ": " + fact.value(), 0, 2);
    }
    doc.banner().ifPresent(b -> {
      pages.separate();
      paragraph(b);
    });
    for (Block.Section section : doc.sections()) {
      section(section);
    }
    doc.marking().ifPresent(m -> {
      pages.separate();
      pages.add(Lines.centred(braille(m), width));
    });
    return pages;
  }

  /**
   * The transcriber's notes page, to come before the text when the text has notes: what the
   * note indicators are, since a braille reader meets them with no print beside to ask about;
   * Braille Formats puts such explanations in the preliminary pages. The protective marking
   * heads it as it heads the text. A writer lays out either this page or the text: the text,
   * laid out by another, follows it from a page of its own ({@link Pages#followedBy}).
   *
   * @return the page
   */
  Pages transcribersNotesPage(Document doc) {
    doc.marking().ifPresent(m -> pages.add(Lines.centred(braille(m), width)));
    centredHeading(words.text("braille.transcribersNotes"));
    paragraph(words.text("braille.transcribersNotesText"));
    // A list of symbols: the symbol in cell 1, what it means after it, runover lines in cell 3.
    symbol(UebTranslator.NOTE_OPENS, words.text("braille.noteOpens"));
    symbol(UebTranslator.NOTE_CLOSES, words.text("braille.noteCloses"));
    pages.endPage();
    return pages;
  }

  /** {@return whether some text had no UEB sign, so that the file has transcriber's notes} */
  boolean hasNotes() {
    return !unsupported.isEmpty();
  }

  private void symbol(String cells, String meaning) {
    pages.add(Lines.wrap(cells + BrailleAscii.BLANK + braille(meaning), width, 0, 2));
  }

  /**
   * Tells {@code listener} of the characters without a UEB sign, once for each section, naming
   * each character in the first warning that has it only: a section in Arabic script would
   * otherwise repeat dozens of names in every warning after it.
   *
   * @param named the characters named in warnings before, to which this adds its own
   */
  void report(Consumer<BrailleWarning> listener, StringBuilder named) {
    unsupported.forEach((where, chars) -> {
      listener.accept(BrailleWarning.noBrailleSign(where, chars.toString(), named.toString()));
      chars.codePoints().filter(c -> named.indexOf(Character.toString(c)) < 0)
          .forEach(named::appendCodePoint);
    });
  }

  private void section(Block.Section section) {
    if (!section.body().isEmpty()
        && section.body().stream().allMatch(b -> b instanceof Block.Diagram)) {
      // The picture's words are the sections' own, which the file has in full: in braille,
      // with no picture to stand in for, they would be the whole text said a second time.
      return;
    }
    String outer = location;
    location = section.id().isEmpty() ? outer : section.id();
    if (section.level() <= 2) {
      centredHeading(section.title());
    } else {
      cell5Heading(section.title());
    }
    for (Block block : section.body()) {
      // A table's caption that says again the heading just above it is not said twice.
      if (block instanceof Block.Table t && t.caption().equals(section.title())) {
        rows(t);
      } else {
        block(block);
      }
    }
    location = outer;
  }

  private void centredHeading(String title) {
    List<String> lines = Lines.centred(braille(title), width);
    pages.separate();
    // The heading, the blank line under it, and room for a subheading (after its own blank
    // line) with a line under it: two lines of text follow the heading on its page.
    pages.keep(lines.size() + 5);
    pages.add(lines);
    pages.separate();
  }

  private void cell5Heading(String title) {
    List<String> lines = Lines.wrap(braille(title), width, 4, 4);
    pages.separate();
    pages.keep(lines.size() + 2);
    pages.add(lines);
  }

  private void block(Block block) {
    if (block instanceof Block.Section) {
      section((Block.Section) block);
    } else if (block instanceof Block.Paragraph) {
      Block.Paragraph p = (Block.Paragraph) block;
      paragraph(p.lead().isEmpty() ? p.text()
          : p.text().isBlank() ? p.lead() + ":" : p.lead() + ": " + p.text());
    } else if (block instanceof Block.Empty) {
      paragraph(((Block.Empty) block).text());
    } else if (block instanceof Block.Entries) {
      for (Block.Entry e : ((Block.Entries) block).entries()) {
        item(e.tag().isEmpty() ? e.text() : e.tag() + ": " + e.text(), 0, 2);
        e.details().forEach(d -> item(d, 2, 4));
      }
    } else if (block instanceof Block.Table) {
      table((Block.Table) block);
    } else if (block instanceof Block.Teaching) {
      Block.Teaching t = (Block.Teaching) block;
      paragraph(words.text("document.aboutThisPart") + ": " + t.explanation());
      t.prompts().forEach(q -> item(q, 0, 2));
    } else if (block instanceof Block.WritingSpace) {
      paragraph(words.text("document.spaceToWrite") + ":");
      pages.add(Collections.nCopies(((Block.WritingSpace) block).lines(), ""));
    } else if (block instanceof Block.Diagram) {
      ((Block.Diagram) block).data().describe(words).forEach(line -> item(line, 0, 2));
    } else if (block instanceof Block.Chart) {
      Block.Chart chart = (Block.Chart) block;
      paragraph(chart.data().title() + ":");
      chart.data().describe(words).forEach(line -> item(line, 0, 2));
    }
  }

  private void table(Block.Table table) {
    cell5Heading(table.caption());
    rows(table);
  }

  /** A table's rows as a list: each row's first cell, then the others under it by header. */
  private void rows(Block.Table table) {
    for (List<String> row : table.rows()) {
      item(row.isEmpty() ? "" : row.get(0), 0, 2);
      for (int i = 1; i < row.size(); i++) {
        if (!row.get(i).isBlank()) {
          String header = i < table.header().size() ? table.header().get(i) + ": " : "";
          item(header + row.get(i), 2, 4);
        }
      }
    }
  }

  private void paragraph(String text) {
    pages.add(Lines.wrap(braille(text), width, 2, 0));
  }

  private void item(String text, int first, int runover) {
    pages.add(Lines.wrap(braille(text), width, first, runover));
  }

  private String braille(String print) {
    return ueb.translate(print, cp -> {
      StringBuilder seen = unsupported.computeIfAbsent(location, k -> new StringBuilder());
      if (seen.indexOf(new String(Character.toChars(cp))) < 0) {
        seen.appendCodePoint(cp);
      }
    });
  }
}
