package io.github.sixps.formulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A formulation's PDF has the same bytes whatever the renderer drew before it: alone, or after
 * every other worked example in either order, in one Java and in two (the command line over one
 * file, and over the whole folder on every core, in two orders); so has every other format. Layout once carried a rounding from one
 * document into the next (a coordinate {@code 38.8788} against {@code 38.8789}), and so a
 * different {@code /ID}.
 */
class SamePdfBytesTest {
  private static final Path WORKED = Path.of("src/main/resources/worked").toAbsolutePath();
  private static final String AHMED = "school-avoidance-ahmed.yaml";

  @TempDir
  Path dir;

  private static List<Formulation> others() throws Exception {
    List<Formulation> others = new ArrayList<>();
    try (Stream<Path> files = Files.list(WORKED)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        if (!f.getFileName().toString().equals(AHMED)) {
          others.add(FormulationReader.standard().read(f));
        }
      }
    }
    return others;
  }

  @Test
  void theSameAloneAndAfterTheOthersInEitherOrderInOneJava() throws Exception {
    Formulation ahmed = FormulationReader.standard().read(WORKED.resolve(AHMED));
    byte[] alone = PdfRenderer.builder().build().render(ahmed);
    List<Formulation> others = others();
    assertTrue(others.size() >= 8, "the worked examples: " + others.size());
    for (boolean reversed : List.of(false, true)) {
      PdfRenderer shared = PdfRenderer.builder().build();
      List<Formulation> before = new ArrayList<>(others);
      if (reversed) {
        Collections.reverse(before);
      }
      for (Formulation other : before) {
        shared.render(other);
        // The family's version too, in large print, so that every size has been laid out.
        PdfRenderer.builder().audience(io.github.sixps.formulation.render.Audience.FAMILY)
            .build().render(other);
      }
      assertSame(alone, shared.render(ahmed), reversed ? "after the others, reversed"
          : "after the others");
    }
  }

  /**
   * Every format, the archival PDF included, from two Javas given the same files in different
   * orders (so each starts with a different document, and the folder is rendered on every core),
   * and the Ahmed PDF from a third given it alone: the same bytes for each file. The pictures'
   * glyph outlines once depended on the first document a Java drew (Batik's outline cache, see
   * {@code PictureGlyphOutlines}), so 6 of the 9 worked examples differed in the last digit of
   * some coordinates.
   */
  @Test
  void everyFormatTheSameFromTwoJavasGivenTheFilesInDifferentOrders() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Files.list(WORKED)) {
      for (Path f : all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        files.add(Files.copy(f, folder.resolve(f.getFileName())).toString());
      }
    }
    List<String> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new java.util.Random(25));
    if (shuffled.get(0).equals(files.get(0))) {
      Collections.rotate(shuffled, 1);
    }
    run("render", folder.resolve(AHMED).toString(), "--to", "pdf", "--out", "alone");
    for (List<String> format : List.of(List.of("pdf"), List.of("pdf", "--archival"),
        List.of("docx"), List.of("html"), List.of("md"))) {
      String name = String.join("", format).replace("--", "-");
      for (List<String> order : List.of(files, shuffled)) {
        List<String> args = new ArrayList<>(List.of("render"));
        args.addAll(order);
        args.add("--to");
        args.addAll(format);
        args.addAll(List.of("--out", name + (order == files ? "-sorted" : "-shuffled")));
        run(args.toArray(String[]::new));
      }
      String extension = format.get(0);
      for (String file : files) {
        String out = Path.of(file).getFileName().toString().replace(".yaml", "." + extension);
        assertSame(Files.readAllBytes(dir.resolve(name + "-sorted").resolve(out)),
            Files.readAllBytes(dir.resolve(name + "-shuffled").resolve(out)),
            out + " (" + String.join(" ", format) + ") in two orders");
      }
    }
    String pdf = AHMED.replace(".yaml", ".pdf");
    assertSame(Files.readAllBytes(dir.resolve("alone").resolve(pdf)),
        Files.readAllBytes(dir.resolve("pdf-sorted").resolve(pdf)), "alone and with the others");
  }

  private void run(String... args) throws Exception {
    Process p = ChildJvm.builder(List.of("-XX:TieredStopAtLevel=1"), FormulationCommand.class,
        dir, args).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
    assertEquals(0, p.exitValue(), said);
  }

  /** Equal bytes, or a message saying where they first differ and what is there. */
  private static void assertSame(byte[] expected, byte[] actual, String what) {
    int at = Arrays.mismatch(expected, actual);
    if (at >= 0) {
      int from = Math.max(0, at - 40);
      throw new AssertionError(what + ": the PDFs differ from byte " + at + " (" + expected.length
          + " and " + actual.length + " bytes): "
          + new String(expected, from, Math.min(80, expected.length - from),
              StandardCharsets.ISO_8859_1) + " against "
          + new String(actual, from, Math.min(80, actual.length - from),
              StandardCharsets.ISO_8859_1) + " (" + HexFormat.of().formatHex(expected, at,
              Math.min(at + 8, expected.length)) + ")");
    }
  }
}
