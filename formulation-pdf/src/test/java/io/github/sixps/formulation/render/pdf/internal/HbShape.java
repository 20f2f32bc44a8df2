package io.github.sixps.formulation.render.pdf.internal;

import io.github.sixps.formulation.testing.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HarfBuzz's own command line shaper, {@code hb-shape} (Debian's libharfbuzz-bin), run on a
 * font file and lines of text: the reference the PDF's glyphs are checked against.
 */
public final class HbShape {
  private static final Pattern GLYPH = Pattern.compile(
      "\\{\"g\":(\\d+),\"cl\":(\\d+),\"dx\":(-?\\d+),\"dy\":(-?\\d+),\"ax\":(-?\\d+),\"ay\":(-?\\d+)\\}");

  private HbShape() {}

  /**
   * One glyph as hb-shape placed it, in font units.
   *
   * @param glyph the glyph id
   * @param cluster the cluster (index of the first character, in UTF-8 bytes)
   * @param x where it is drawn: the advances before it plus its own offset
   * @param y its vertical offset, up positive
   */
  public record Glyph(int glyph, int cluster, int x, int y) {}

  /**
   * Shapes each line of {@code lines} in the font, in one run of hb-shape.
   *
   * @return for each line, its glyphs left to right
   */
  public static List<List<Glyph>> shape(Path font, List<String> lines, boolean rightToLeft)
      throws IOException, InterruptedException {
    Path hb = ExternalTool.require(List.of("hb-shape"), "apt-get install libharfbuzz-bin");
    Path input = Files.createTempFile("hb-shape", ".txt");
    try {
      Files.writeString(input, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      Process p = new ProcessBuilder(hb.toString(), "--output-format=json", "--no-glyph-names",
          "--direction=" + (rightToLeft ? "rtl" : "ltr"), "--text-file=" + input, font.toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IOException("hb-shape failed: " + out);
      }
      List<List<Glyph>> all = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        List<Glyph> glyphs = new ArrayList<>();
        Matcher m = GLYPH.matcher(line);
        int penX = 0;
        int penY = 0;
        while (m.find()) {
          glyphs.add(new Glyph(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              penX + Integer.parseInt(m.group(3)), penY + Integer.parseInt(m.group(4))));
          penX += Integer.parseInt(m.group(5));
          penY += Integer.parseInt(m.group(6));
        }
        all.add(glyphs);
      }
      if (all.size() != lines.size()) {
        throw new IOException("hb-shape gave " + all.size() + " lines for " + lines.size()
            + ": " + out);
      }
      return all;
    } finally {
      Files.deleteIfExists(input);
    }
  }
}
