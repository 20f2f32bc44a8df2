package io.github.sixps.formulation.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.SupervisionCase;
import io.github.sixps.formulation.render.Theme;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.validate.Validator;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every page the HTML renderer makes, checked by axe-core at WCAG 2.2 AA (the A and AA rules of
 * WCAG 2.0, 2.1 and 2.2) in headless Chromium: each worked example in each view (supervision
 * included), a supervision summary and the changes since a review, the blank worksheet, and a
 * fragment inside a plain host page. No page may have a violation, nor anything
 * axe could not decide; axe cannot judge the contrast of text in SVG pictures, so the script
 * measures that itself. The pages, a full-page screenshot of each and the results are left in
 * {@code target/accessibility}.
 *
 * <p>Skipped, saying so, where Chromium is not installed, unless {@code CI} is set; see {@link
 * AxeCheck}.
 */
class BrowserAccessibilityTest {
  private static final Path DIR = Path.of("target", "accessibility");
  /** The palest accent a theme accepts (4.54:1 against white): the hardest case for contrast. */
  private static final String PALE_ACCENT = "#767676";

  /** The views of each worked example that are checked: one line per view. */
  private static Map<String, HtmlRenderer> views() {
    Map<String, HtmlRenderer> views = new LinkedHashMap<>();
    views.put("practitioner", HtmlRenderer.builder().findings(Validator.standard()).build());
    views.put("family", HtmlRenderer.builder().audience(Audience.FAMILY).build());
    views.put("themed-teaching", HtmlRenderer.builder().teaching(true).theme(Theme.plain()
        .withOrganisation("Riverside Council").withAccent(PALE_ACCENT).withLogo(logo())).build());
    views.put("supervision", HtmlRenderer.builder().view(View.SUPERVISION).build());
    return views;
  }

  /** Every page to check, by file name: the views of each worked example, then the others. */
  private static Map<String, String> pages() {
    Map<String, String> pages = new LinkedHashMap<>();
    Map<String, HtmlRenderer> views = views();
    for (String example : WorkedExamples.names()) {
      Formulation f = WorkedExamples.read(example);
      views.forEach((view, renderer) -> pages.put(example + "-" + view, renderer.render(f)));
    }
    HtmlRenderer supervision = HtmlRenderer.builder().view(View.SUPERVISION).build();
    pages.put("supervision-since-last-review", supervision.renderSince(SupervisionCase.before(),
        SupervisionCase.now()));
    pages.put("changes-since-last-review", HtmlRenderer.builder().build().renderChanges(
        FormulationDiff.between(SupervisionCase.before(), SupervisionCase.now())));
    // The chronology and the family tree, for practitioners and (large print) families.
    pages.put("blended-family-companions", HtmlRenderer.builder().build().render(
        io.github.sixps.formulation.render.testing.Families.blended()));
    pages.put("blended-family-companions-family", HtmlRenderer.builder()
        .audience(io.github.sixps.formulation.render.Audience.FAMILY).build().render(
        io.github.sixps.formulation.render.testing.Families.blended()));
    pages.put("blank-worksheet", HtmlRenderer.builder().teaching(true).build().renderBlank());
    pages.put("fragment-in-host-page", hostPage(HtmlRenderer.builder().fragment(true).build()
        .render(WorkedExamples.read(WorkedExamples.names().get(0)))));
    return pages;
  }

  /** A plain page of a records system, as a council might embed the fragment in. */
  private static String hostPage(String fragment) {
    return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>Case record - Riverside Council</title>\n</head>\n<body>\n"
        + "<header><p>Riverside Council case records</p></header>\n<main>\n" + fragment
        + "\n</main>\n</body>\n</html>\n";
  }

  /** A small two-colour PNG, as a council's logo might be. */
  private static byte[] logo() {
    BufferedImage image = new BufferedImage(160, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 160, 48);
    g.setColor(Color.decode(PALE_ACCENT));
    g.fillOval(8, 8, 32, 32);
    g.fillRect(48, 18, 100, 12);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /**
   * A page with known faults, checked alongside ours, so that a check which silently passes
   * everything cannot go unnoticed: an image without alternative text, pale text, and pale text
   * in a picture.
   */
  private static final String CONTROL_PAGE = "control-with-known-faults";
  private static final String CONTROL = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>"
      + "<meta charset=\"utf-8\"><title>Known faults</title></head>\n<body><main>\n"
      + "<h1>A page with known faults</h1>\n<p style=\"color: #aaaaaa\">Pale text.</p>\n"
      + "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42"
      + "mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\" width=\"40\" height=\"40\">\n"
      + "<svg viewBox=\"0 0 200 40\" width=\"200\" height=\"40\" role=\"img\""
      + " aria-label=\"A label\"><text x=\"4\" y=\"24\" fill=\"#bbbbbb\">Pale</text></svg>\n"
      + "</main></body>\n</html>\n";

  private static Path browser;

  @BeforeAll
  static void findChromium() {
    browser = AxeCheck.chromium();
  }

  @TestFactory
  Stream<DynamicTest> everyPageMeetsWcag22AaInABrowser() throws Exception {
    Map<String, String> pages = pages();
    Map<String, String> checked = new LinkedHashMap<>(pages);
    checked.put(CONTROL_PAGE, CONTROL);
    System.out.println("The page " + CONTROL_PAGE + " fails on purpose: it shows that the check"
        + " finds faults.");
    Map<String, AxeCheck.Result> results = AxeCheck.run(browser, checked, DIR);
    assertEquals(checked.keySet(), results.keySet(), "the pages axe checked");

    String control = String.join("\n", results.remove(CONTROL_PAGE).problems());
    Stream<DynamicTest> controlTest = Stream.of(dynamicTest("the check finds known faults",
        () -> {
          for (String rule : new String[] {"image-alt", "color-contrast", "svg-text-contrast"}) {
            assertTrue(control.contains(rule + " ("), rule + " not found in:\n" + control);
          }
        }));
    return Stream.concat(controlTest, results.values().stream().map(result -> dynamicTest(
        result.page(), () -> {
          assertTrue(result.problems().isEmpty(), result.page() + " breaks WCAG 2.2 AA:\n  "
              + String.join("\n  ", result.problems()));
          // The browser really showed the page, and axe really looked at it.
          assertFalse(result.title().isBlank(), result.page() + " has no title in the browser");
          assertTrue(result.textLength() >= 300, result.page() + " shows only "
              + result.textLength() + " characters; did it load?");
          assertTrue(result.passes() >= 10, result.page() + ": only " + result.passes()
              + " rules passed");
          assertShowsAPage(result);
        })));
  }

  /**
   * The screenshot is a whole page at desktop width, with text on it: not blank, not one
   * colour, and taller than the window for a page longer than one screen.
   */
  private static void assertShowsAPage(AxeCheck.Result result) throws IOException {
    BufferedImage image = ImageIO.read(result.screenshot().toFile());
    assertNotNull(image, result.screenshot() + " is not an image");
    assertTrue(image.getWidth() >= 1280, result.page() + ": screenshot " + image.getWidth()
        + " pixels wide");
    assertTrue(image.getHeight() >= 900, result.page() + ": screenshot " + image.getHeight()
        + " pixels high");
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        int rgb = image.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        dark += grey < 128 ? 1 : 0;
      }
    }
    // Text covers a few percent of a page; none means a blank or failed render.
    double share = dark / ((image.getWidth() / 4.0) * (image.getHeight() / 4.0));
    assertTrue(share > 0.002, result.page() + ": the screenshot is almost blank (" + share
        + " dark)");
  }
}
