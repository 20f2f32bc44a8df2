package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The PNG fallback of a right-to-left picture is mirrored as its SVG is: the pictures mirror
 * their shapes with a {@code matrix(...)} transform on a group, which the painter follows.
 */
class SvgRasterTest {
  private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20\""
      + " width=\"100\" height=\"20\"><g transform=\"matrix(-1 0 0 1 100 0)\">"
      + "<rect x=\"0\" y=\"0\" width=\"10\" height=\"20\" fill=\"#000000\" />"
      + "</g></svg>";

  @Test
  void aMirroredGroupIsPaintedMirrored() throws IOException {
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(SvgRaster.paint(SVG, 1).bytes()));
    assertEquals(0x000000, png.getRGB(95, 10) & 0xffffff, "the box is drawn at the right");
    assertEquals(0xffffff, png.getRGB(5, 10) & 0xffffff, "and not at the left");
  }

  @Test
  void withoutATransformItIsWhereItSays() throws IOException {
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(SvgRaster.paint(
        SVG.replace(" transform=\"matrix(-1 0 0 1 100 0)\"", ""), 1).bytes()));
    assertEquals(0x000000, png.getRGB(5, 10) & 0xffffff);
    assertEquals(0xffffff, png.getRGB(95, 10) & 0xffffff);
  }
}
