package io.github.sixps.formulation.server.editor;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.server.internal.DocumentRenderers;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents the editor shows and offers: the preview beside the form (the HTML renderer's
 * fragment, its stylesheet served apart, as the page's Content-Security-Policy allows no inline
 * style) and the downloads of the saved version. Renderers are built once for each choice and
 * shared, as they are stateless.
 */
public final class Renderings {
  /** A document to download: its bytes, media type and file ending. */
  record Document(byte[] bytes, String mediaType, String extension) {}

  private final Map<String, Object> renderers = new ConcurrentHashMap<>();
  private final DocumentRenderers documents = new DocumentRenderers();

  /**
   * The preview of a formulation, without its style element.
   *
   * @param f the formulation, as typed so far
   * @param audience who it is for
   * @return the fragment's HTML, to place in the editor's page
   */
  public String preview(Formulation f, Audience audience) {
    return headingsUnder(withoutStyle(fragment(audience).render(f)));
  }

  private static final java.util.regex.Pattern HEADING =
      java.util.regex.Pattern.compile("<(/?)h([1-6])(?=[\\s>])");

  /**
   * The fragment's headings two levels down, under the preview's own {@code h2}, so the
   * editor's page keeps one {@code h1}, its own. The renderer escapes every user text, so each {@code <h} here is one of its tags.
   */
  static String headingsUnder(String html) {
    return HEADING.matcher(html).replaceAll(m -> "<" + m.group(1) + "h"
        + Math.min(6, Integer.parseInt(m.group(2)) + 2));
  }

  /**
   * The stylesheet of the preview.
   *
   * @param audience who it is for; the family's is in large print
   * @return the CSS the fragment carries, every rule inside its article
   */
  public String stylesheet(Audience audience) {
    String page = fragment(audience).renderBlank();
    int open = page.indexOf("<style>");
    int close = page.indexOf("</style>");
    return open < 0 || close < open ? "" : page.substring(open + "<style>".length(), close);
  }

  /**
   * The supervision view of a formulation, to place in a page: where things stand, what is late,
   * each goal's progress.
   *
   * @param f the formulation
   * @param asOf the day that counts as today
   * @return the fragment's HTML, without its style element (the practitioners' stylesheet)
   */
  public String supervisionView(Formulation f, LocalDate asOf) {
    return withoutStyle(HtmlRenderer.builder().fragment(true).view(View.SUPERVISION).asOf(asOf)
        .build().render(f));
  }

  private HtmlRenderer fragment(Audience audience) {
    return (HtmlRenderer) renderers.computeIfAbsent("fragment " + audience,
        k -> HtmlRenderer.builder().fragment(true).audience(audience).build());
  }

  private static String withoutStyle(String fragment) {
    // The renderer escapes all text, so the first style element is its own.
    int open = fragment.indexOf("<style>");
    int close = fragment.indexOf("</style>");
    if (open < 0 || close < open) {
      return fragment;
    }
    // A table wider than the column scrolls; let the keyboard reach it (WCAG 2.1.1).
    return (fragment.substring(0, open) + fragment.substring(close + "</style>".length()))
        .replace("<div class=\"sixps-table-wrap\">",
            "<div class=\"sixps-table-wrap\" tabindex=\"0\">");
  }

  /**
   * A download, rendered as the API renders it.
   *
   * @param f the saved formulation
   * @param format {@code pdf}, {@code docx}, {@code html}, {@code md}, {@code brf} or
   *     {@code html-supervision}
   * @param audience who it is for
   * @param asOf the day that counts as today, for what is late
   * @return the document, or empty for a format not offered
   */
  Optional<Document> download(Formulation f, String format, Audience audience, LocalDate asOf) {
    boolean supervision = format.equals("html-supervision");
    String name = supervision ? "html" : format;
    for (DocumentRenderers.Format choice : DocumentRenderers.Format.values()) {
      String extension = choice.name().toLowerCase(Locale.ROOT);
      if (extension.equals(name)) {
        DocumentRenderers.Options options = new DocumentRenderers.Options(choice, audience,
            supervision ? View.SUPERVISION : View.FULL, null, supervision ? asOf : null);
        return Optional.of(new Document(documents.render(f, options), choice.mediaType(),
            extension));
      }
    }
    return Optional.empty();
  }

}
