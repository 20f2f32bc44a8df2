package io.github.sixps.formulation.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StylesheetTest {
  @Test
  void cssStringsEscapeEverythingButLettersDigitsAndSpaces() {
    assertEquals("\"OFFICIAL SENSITIVE\"", Stylesheet.cssString("OFFICIAL SENSITIVE"));
    assertEquals("\"A\\00002dB\"", Stylesheet.cssString("A-B"));
    String hostile = Stylesheet.cssString("\"; } </style> \\ \n\u0000");
    assertFalse(hostile.substring(1, hostile.length() - 1).matches(".*[\"<>;{}\n].*"));
    assertFalse(hostile.contains("\u0000"));
  }

  @Test
  void textColoursStayReadableOnEveryBackground() {
    for (boolean large : new boolean[] {false, true}) {
      String css = Stylesheet.build("#767676", large, true);
      Matcher backgrounds = Pattern.compile("background: (#[0-9a-f]{6})").matcher(css);
      double darkest = 1;
      while (backgrounds.find()) {
        darkest = Math.min(darkest, luminance(backgrounds.group(1)));
      }
      Matcher colours = Pattern.compile("[^-]color: (#[0-9a-f]{6})").matcher(css);
      int count = 0;
      while (colours.find()) {
        String colour = colours.group(1);
        // The accent is held to 4.5:1 on white by Theme and only used on white.
        double against = colour.equals("#767676") ? 1 : darkest;
        double contrast = (against + 0.05) / (luminance(colour) + 0.05);
        assertTrue(contrast >= 4.5, colour + " has a contrast of " + contrast);
        count++;
      }
      assertTrue(count > 5);
    }
  }

  private static double luminance(String hex) {
    double l = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      l += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return l;
  }

  @Test
  void tintsStayLight() {
    assertEquals("#ffffff", Stylesheet.tint("#1d4f91", 0));
    assertEquals("#1d4f91", Stylesheet.tint("#1d4f91", 1));
    assertEquals("#e8edf4", Stylesheet.tint("#1d4f91", 0.1));
  }

  @Test
  void onlyThePageSetsPageRules() {
    assertTrue(Stylesheet.build("#1d4f91", false, true).contains("@page { size: A4;"));
    assertFalse(Stylesheet.build("#1d4f91", false, false).contains("@page"));
    assertTrue(Stylesheet.pageMargins(Optional.empty(),
        new io.github.sixps.formulation.render.internal.Words(
            io.github.sixps.formulation.render.Terminology.leeds6Ps())).contains("counter(pages)"));
  }
}
