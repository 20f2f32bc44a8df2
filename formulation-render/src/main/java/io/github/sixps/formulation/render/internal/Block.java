package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One block of a rendered document. The {@link DocumentBuilder} decides which blocks there are
 * and in what order; the Markdown and HTML writers only decide how each kind looks. All text in a
 * block is plain text: the writers escape it.
 */
public sealed interface Block {

  /** A part of the document with its own heading, such as the presenting issues. */
  record Section(String id, int level, String title, ImmutableList<Block> body) implements Block {
    public Section(String id, int level, String title, List<Block> body) {
      this(id, level, title, ImmutableList.copyOf(body));
    }
  }

  /**
   * A paragraph, optionally led by a short label such as "Focus". {@code language} is the BCP 47
   * tag of the text when the formulation says it is in a language of its own (a child's words
   * with their {@code language}), else empty: the text is then in the document's language. The
   * lead is always in the document's language.
   */
  record Paragraph(String lead, String text, String language) implements Block {
    public Paragraph(String lead, String text) {
      this(lead, text, "");
    }

    public static Paragraph of(String text) {
      return new Paragraph("", text);
    }
  }

  /** A sentence saying that a part is empty, so a draft shows what is missing. */
  record Empty(String text) implements Block {}

  /** A list of entries, each with optional smaller details beneath. */
  record Entries(ImmutableList<Entry> entries) implements Block {
    public Entries(List<Entry> entries) {
      this(ImmutableList.copyOf(entries));
    }
  }

  /** One entry of a list: its text, an optional tag such as an id, and details. */
  record Entry(String tag, String text, ImmutableList<String> details) {
    public Entry(String tag, String text, List<String> details) {
      this(tag, text, ImmutableList.copyOf(details));
    }
  }

  /** A table with a caption, header cells and rows of plain text. */
  record Table(String caption, ImmutableList<String> header, ImmutableList<ImmutableList<String>> rows)
      implements Block {}

  /** Teaching notes: what this part means and questions to ask. */
  record Teaching(String explanation, ImmutableList<String> prompts) implements Block {}

  /** Space for writing by hand, on a blank worksheet. */
  record WritingSpace(int lines) implements Block {}

  /** The picture of the six Ps, with its text alternative. */
  record Diagram(DiagramData data) implements Block {}

  /** The chart of goal scales over reviews, with its text alternative. */
  record Chart(ChartData data) implements Block {}

  /** The family tree picture, with every relationship in a sentence as its text alternative. */
  record Genogram(GenogramData data) implements Block {}

  /** The timeline of the chronology's events, with its text alternative. */
  record Timeline(TimelineData data) implements Block {}
}
