package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The PNG that {@link SvgRaster} paints is the SVG as a browser draws it, in what the family tree
 * and the timeline use: dotted lines with round ends, words placed by their anchor, and the
 * font the picture names where the machine has it; and every picture of every Word document
 * has both, the SVG naming its fonts and the PNG at twice its size.
 */
class SvgRasterTest {
  private static final String SVG = "<svg xmlns='http://www.w3.org/2000/svg' width='200'"
      + " height='40' viewBox='0 0 200 40'>";

  private static BufferedImage paint(String body) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(SvgRaster.paint(SVG + body + "</svg>", 1)
        .bytes()));
  }

  private static boolean dark(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    return ((rgb >> 16) & 0xff) < 128 && ((rgb >> 8) & 0xff) < 128 && (rgb & 0xff) < 128;
  }

  @Test
  void roundEndsMakeADottedLineDots() throws Exception {
    // Dashes 2 long every 12; 6 wide. Round ends reach 3 beyond each dash, butt ends do not.
    String line = "<polyline points='10,20 190,20' fill='none' stroke='#000000'"
        + " stroke-width='6' stroke-dasharray='2 10'";
    BufferedImage round = paint(line + " stroke-linecap='round'/>");
    BufferedImage butt = paint(line + "/>");
    assertTrue(dark(round, 11, 20) && dark(butt, 11, 20), "the dash itself");
    assertTrue(dark(round, 14, 20), "a round end past the dash");
    assertFalse(dark(butt, 14, 20), "no end past a butt-ended dash");
    assertFalse(dark(round, 18, 20), "the gap between the dots");
  }

  @Test
  void wordsArePlacedByTheirAnchor() throws Exception {
    String text = "<text x='100' y='30' font-size='20' fill='#000000'";
    int[] end = inkBetween(paint(text + " text-anchor='end'>Wide words</text>"));
    int[] middle = inkBetween(paint(text + " text-anchor='middle'>Wide words</text>"));
    int[] start = inkBetween(paint(text + ">Wide words</text>"));
    assertTrue(end[1] <= 101 && end[0] < 60, "ends at x: " + end[0] + "-" + end[1]);
    assertTrue(start[0] >= 99 && start[1] > 140, "starts at x: " + start[0] + "-" + start[1]);
    assertTrue(middle[0] < 90 && middle[1] > 110
        && Math.abs((middle[0] + middle[1]) / 2 - 100) <= 3,
        "centred on x: " + middle[0] + "-" + middle[1]);
  }

  /** The leftmost and rightmost columns with ink. */
  private static int[] inkBetween(BufferedImage image) {
    int left = image.getWidth();
    int right = -1;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        if (dark(image, x, y)) {
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    return new int[] {left, right};
  }

  @Test
  void wordsAreInTheFirstNamedFontTheMachineHasThatHasTheirLetters() {
    String installed = null;
    for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getAvailableFontFamilyNames(Locale.ROOT)) {
      if (!family.startsWith("Dialog") && !family.equals("SansSerif")
          && !family.equals("Serif") && !family.equals("Monospaced")
          && new Font(family, Font.PLAIN, 12).canDisplayUpTo("Amira") == -1) {
        installed = family;
        break;
      }
    }
    if (installed == null) {
      return; // a machine with no fonts of its own: SansSerif is all there is
    }
    Font chosen = SvgRaster.font("'No Such Font', '" + installed + "', sans-serif", "Amira",
        false);
    assertEquals(installed, chosen.getFamily(Locale.ROOT));
    assertEquals(Font.SANS_SERIF, SvgRaster.font("'No Such Font', sans-serif", "Amira", true)
        .getName());
    // A font that lacks a letter is passed over for SansSerif, which falls back letter by
    // letter.
    String missing = "Amira \uD83D\uDE0A \u0634\u06CC\u0631\u06CC\u06BA";
    if (new Font(installed, Font.PLAIN, 12).canDisplayUpTo(missing) != -1) {
      assertEquals(Font.SANS_SERIF, SvgRaster.font("'" + installed + "'", missing, false)
          .getName());
    }
  }

  /** The root element's width or height. */
  private static double size(String svg, String name) {
    Matcher m = Pattern.compile("<svg [^>]*? " + name + "=\"([0-9.]+)\"").matcher(svg);
    assertTrue(m.find(), name + " of " + svg.substring(0, 200));
    return Double.parseDouble(m.group(1));
  }

  @Test
  void everyPictureOfEveryDocumentIsAnSvgNamingItsFontsAndAPngTwiceItsSize() throws Exception {
    for (Preview.Made made : Preview.all()) {
      Map<String, byte[]> media = new HashMap<>();
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
          Files.readAllBytes(made.file())))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (e.getName().startsWith("word/media/")) {
            media.put(e.getName(), zip.readAllBytes());
          }
        }
      }
      assertEquals(2 * made.pictures().size(), media.size(), made.name());
      for (Map.Entry<String, byte[]> m : media.entrySet()) {
        if (!m.getKey().endsWith(".svg")) {
          continue;
        }
        String svg = new String(m.getValue(), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg font-family=\"Arial, "), made.name() + ": "
            + svg.substring(0, Math.min(200, svg.length())));
        // The PNG of image2.svg is image1.png: POI numbers them in the order they are added.
        int n = Integer.parseInt(m.getKey().replaceAll("\\D", ""));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
            media.get("word/media/image" + (n - 1) + ".png")));
        assertEquals((int) Math.ceil(2 * size(svg, "width")), png.getWidth(), made.name());
        assertEquals((int) Math.ceil(2 * size(svg, "height")), png.getHeight(), made.name());
      }
    }
  }

  // The PNG fallback of a right-to-left picture is mirrored as its SVG is: the pictures mirror
  // their shapes with a matrix(...) transform on a group, which the painter follows.
  private static final String MIRRORED = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20\""
      + " width=\"100\" height=\"20\"><g transform=\"matrix(-1 0 0 1 100 0)\">"
      + "<rect x=\"0\" y=\"0\" width=\"10\" height=\"20\" fill=\"#000000\" />"
      + "</g></svg>";

  @Test
  void aMirroredGroupIsPaintedMirrored() throws IOException {
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(SvgRaster.paint(MIRRORED, 1).bytes()));
    assertEquals(0x000000, png.getRGB(95, 10) & 0xffffff, "the box is drawn at the right");
    assertEquals(0xffffff, png.getRGB(5, 10) & 0xffffff, "and not at the left");
  }

  @Test
  void withoutATransformItIsWhereItSays() throws IOException {
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(SvgRaster.paint(
        MIRRORED.replace(" transform=\"matrix(-1 0 0 1 100 0)\"", ""), 1).bytes()));
    assertEquals(0x000000, png.getRGB(5, 10) & 0xffffff);
    assertEquals(0xffffff, png.getRGB(95, 10) & 0xffffff);
  }
}
