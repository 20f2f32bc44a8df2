package io.github.sixps.formulation.cli;

import com.google.common.html.HtmlEscapers;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.ValidationReport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The demo's {@code index.html}: one accessible page that links to every handout, says what
 * the checks found in each example, and how to use them. Standalone like the rendered pages:
 * inline styles, no scripts, nothing fetched. Every piece of text goes through {@link #text}, so
 * nothing from an example can become markup.
 */
final class IndexPage {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final String STYLE = String.join("\n",
      "body { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif;",
      "  line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }",
      "main { max-width: 64rem; margin: 0 auto; padding: 1.5rem; }",
      "h1 { font-size: 1.9rem; margin-bottom: 0.25rem; }",
      "h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 2px solid #1d4f91; }",
      "h3 { font-size: 1.1rem; margin-bottom: 0.25rem; }",
      ".fictional { background: #fff4ce; border-left: 0.4rem solid #8a6d00;",
      "  padding: 0.75rem 1rem; }",
      "table { border-collapse: collapse; width: 100%; margin-top: 1rem; }",
      "caption { text-align: left; font-weight: bold; padding-bottom: 0.5rem; }",
      "th, td { border: 1px solid #767676; padding: 0.5rem; text-align: left;",
      "  vertical-align: top; }",
      "thead th { background: #e8eef7; }",
      ".source { display: block; font-weight: normal; font-size: 0.9rem; color: #4a4a4a; }",
      "a { color: #1d4f91; }",
      "a:focus { outline: 3px solid #8a6d00; outline-offset: 2px; }",
      ".links a { margin-right: 0.75rem; white-space: nowrap; }",
      ".hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;",
      "  clip: rect(0 0 0 0); white-space: nowrap; }",
      "code { font-size: 0.95rem; white-space: nowrap; }",
      "@media print { a { color: #000; } .links a::after { content: \" (\" attr(href) \")\"; } }");

  private IndexPage() {}

  /** The page for the rows the demo wrote, linking each file that was written. */
  static String html(List<DemoCommand.Row> rows, List<RenderChoices.Format> formats) {
    StringBuilder s = new StringBuilder(16 * 1024);
    s.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Worked examples of 6Ps formulation: handouts</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>Worked examples of 6Ps formulation</h1>\n")
        .append("<p class=\"fictional\"><strong>Every family, professional and service in these "
            + "examples is fictional.</strong> They are for training, and each page says so at "
            + "the top.</p>\n")
        .append("<p>Each example is here four ways: a PDF to print on A4, a Word document to "
            + "change and attach to a case record, a web page, and Markdown to copy and change. Each comes in two versions: <strong>for "
            + "practitioners</strong>, the full record with ratings and rankings; and "
            + "<strong>for the family</strong>, in plain words and large print, as you might "
            + "share it with them.</p>\n")
        .append("<p>The checks were run as of each example's own latest date: its last review, "
            + "or else the day it was formulated.</p>\n");

    s.append("<table>\n<caption>The examples and their handouts</caption>\n<thead>\n<tr>")
        .append("<th scope=\"col\">Example</th><th scope=\"col\">As of</th>")
        .append("<th scope=\"col\">For practitioners</th><th scope=\"col\">For the family</th>")
        .append("<th scope=\"col\">What the checks found</th></tr>\n</thead>\n<tbody>\n");
    for (DemoCommand.Row row : rows) {
      if (row.report().isEmpty()) {
        continue;
      }
      s.append("<tr><th scope=\"row\">").append(text(title(row)))
          .append("<span class=\"source\">").append(text(row.source())).append("</span></th>")
          .append("<td>").append(text(row.asOf().map(DAY::format).orElse("no date")))
          .append("</td>");
      for (Audience audience : Audience.values()) {
        s.append("<td class=\"links\">");
        links(s, row, audience, formats);
        s.append("</td>");
      }
      String findings = row.name() + "-findings.txt";
      String summary = row.report().get().summary();
      s.append("<td>");
      if (row.files().contains(findings)) {
        s.append(link(findings, summary, "what the checks found in " + title(row)));
      } else {
        s.append(text(summary));
      }
      s.append("</td></tr>\n");
    }
    s.append("</tbody>\n</table>\n");

    boolean anyFindings = rows.stream()
        .anyMatch(r -> r.report().map(report -> !report.isEmpty()).orElse(false));
    if (anyFindings) {
      s.append("<h2>What the checks found</h2>\n")
          .append("<p>The worked examples pass every check. The teaching examples do not, on "
              + "purpose: see whether your group can spot the problems before they read "
              + "these.</p>\n");
      for (DemoCommand.Row row : rows) {
        ValidationReport report = row.report().orElse(null);
        if (report == null || report.isEmpty()) {
          continue;
        }
        s.append("<section>\n<h3>").append(text(title(row))).append("</h3>\n")
            .append("<p class=\"source\">").append(text(row.source())).append(": ")
            .append(text(report.summary())).append("</p>\n<ul>\n");
        for (Finding f : report.findings()) {
          s.append("<li><strong>").append(text(severity(f))).append("</strong>: ")
              .append(text(f.message()));
          f.suggestion().ifPresent(x -> s.append(' ').append(text(x)));
          s.append(" <span class=\"source\">").append(text(f.code()))
              .append(f.path().isEmpty() ? "" : ", at " + text(f.path()))
              .append("</span></li>\n");
        }
        s.append("</ul>\n</section>\n");
      }
    }

    for (DemoCommand.Row row : rows) {
      if (row.report().isPresent()) {
        continue;
      }
      s.append("<h2>").append(text(row.title())).append("</h2>\n")
          .append("<p>Each heading with a short explanation, questions to ask and room to "
              + "write: for workshops and first meetings.</p>\n<ul class=\"links\">\n");
      for (Audience audience : Audience.values()) {
        s.append("<li>").append(audience == Audience.FAMILY ? "For the family: "
            : "For practitioners: ");
        links(s, row, audience, formats);
        s.append("</li>\n");
      }
      s.append("</ul>\n");
    }

    s.append("<h2>Make your own</h2>\n<ul>\n")
        .append("<li>Start a formulation with <code>formulation new --out family.yaml</code>: a "
            + "template with a prompt for each P.</li>\n")
        .append("<li>See what is left to do with <code>formulation validate "
            + "family.yaml</code>.</li>\n")
        .append("<li>Make handouts with <code>formulation render family.yaml --to pdf</code>, "
            + "adding <code>--audience family</code> for the family's version.</li>\n")
        .append("<li>Turn a real case into a training example with <code>formulation redact "
            + "case.yaml --out example.yaml</code>, which replaces every name. Read the result "
            + "through before you share it: a family's story can identify it even with the "
            + "names gone.</li>\n</ul>\n")
        .append("</main>\n</body>\n</html>\n");
    return s.toString();
  }

  private static void links(StringBuilder s, DemoCommand.Row row, Audience audience,
      List<RenderChoices.Format> formats) {
    String who = audience == Audience.FAMILY ? "for the family" : "for practitioners";
    boolean any = false;
    for (RenderChoices.Format format : formats) {
      String file = RenderChoices.outputName(row.name(), audience, format);
      if (row.files().contains(file)) {
        s.append(link(file, label(format), title(row) + ", " + who));
        any = true;
      }
    }
    if (!any) {
      s.append("not written");
    }
  }

  private static String label(RenderChoices.Format format) {
    switch (format) {
      case PDF:
        return "PDF";
      case DOCX:
        return "Word";
      case HTML:
        return "Web page";
      default:
        return "Markdown";
    }
  }

  /** A link whose visible words are short, with the rest said to screen readers. */
  private static String link(String file, String words, String context) {
    return "<a href=\"" + text(href(file)) + "\">" + text(words)
        + "<span class=\"hidden\">: " + text(context) + "</span></a>";
  }

  private static String title(DemoCommand.Row row) {
    String title = TerminalText.clean(row.title());
    return title.isEmpty() ? row.name() : title;
  }

  private static String severity(Finding f) {
    String name = f.severity().name().toLowerCase(Locale.ROOT);
    return name.equals("info") ? "Note" : Character.toUpperCase(name.charAt(0))
        + name.substring(1);
  }

  /** A file name as a relative address: each character outside the plain set encoded. */
  static String href(String file) {
    return URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Text for an element's content or an attribute's value: {@code & < > " '} escaped. */
  static String text(String value) {
    return HtmlEscapers.htmlEscaper().escape(value);
  }
}
