package io.github.sixps.formulation.server.editor;

/**
 * The frame every page of the editor and caseload shares: the document head with the one
 * stylesheet and script (no inline script or style, for the Content-Security-Policy), the CSRF
 * token for the script, a skip link, the header and the protective marking.
 *
 * <pre>{@code
 * Html h = new Html();
 * PageShell.start(h, "Caseload", csrf, "/");
 * h.element("h1", "Caseload");
 * PageShell.end(h);
 * }</pre>
 */
public final class PageShell {
  /** Where the assets are served, relative to the server's root. */
  public static final String ASSETS = "/assets/";

  private PageShell() {}

  /**
   * Starts a page, up to the opening of {@code <main>}.
   *
   * @param h where to write
   * @param title the page's title, also in the browser's tab
   * @param csrf the session's CSRF token, for the script to send with its requests
   * @param current the address of the page, to mark it in the navigation
   */
  public static void start(Html h, String title, String csrf, String current) {
    start(h, title, csrf, current, null);
  }

  /**
   * Starts a page with a second stylesheet, such as the preview's.
   *
   * @param h where to write
   * @param title the page's title, also in the browser's tab
   * @param csrf the session's CSRF token, for the script to send with its requests
   * @param current the address of the page, to mark it in the navigation
   * @param stylesheet the name of the stylesheet among the assets; {@code null} for none
   */
  public static void start(Html h, String title, String csrf, String current,
      String stylesheet) {
    h.raw("<!DOCTYPE html>\n");
    h.open("html", "lang", "en-GB");
    h.open("head");
    h.open("meta", "charset", "utf-8");
    h.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    h.element("title", title + " - SixPs");
    h.open("meta", "name", "csrf-token", "content", csrf);
    h.open("link", "rel", "stylesheet", "href", ASSETS + "sixps.css");
    if (stylesheet != null) {
      h.open("link", "rel", "stylesheet", "href", ASSETS + stylesheet, "id", "preview-style");
    }
    h.open("script", "src", ASSETS + "editor.js", "defer", "").close("script");
    h.close("head");
    h.open("body");
    h.element("a", "Skip to main content", "href", "#main", "class", "skip-link");
    h.open("header", "class", "masthead");
    h.element("p", "OFFICIAL-SENSITIVE", "class", "marking");
    h.open("nav", "aria-label", "SixPs");
    h.open("ul", "class", "nav");
    link(h, "/", "Caseload", current);
    link(h, "/new", "New formulation", current);
    h.close("ul").close("nav").close("header");
    h.open("main", "id", "main", "tabindex", "-1");
  }

  private static void link(Html h, String href, String words, String current) {
    h.open("li").element("a", words, "href", href,
        "aria-current", href.equals(current) ? "page" : null).close("li");
  }

  /**
   * Ends a page started with {@link #start}.
   *
   * @param h where to write
   */
  public static void end(Html h) {
    h.close("main");
    h.open("footer", "class", "footer");
    h.element("p", "SixPs. Keep what is shown here to those who need it.");
    h.close("footer");
    h.close("body").close("html");
  }
}
