package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and oversized input is refused quickly, with a message a person can act on, and
 * without reading more than the limits allow. The time bound is a guard against hangs, not a
 * benchmark. The large inputs are written to files in pieces so that the tests fit easily in the
 * default test JVM.
 */
class ReadLimitsTest {
  /**
   * Only a hang fails on time: a refusal that never comes. How fast a refusal is, is the
   * benchmarks' to say; on a shared, loaded machine a sound read took past ten seconds.
   */
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);
  private static final int DEEP = 10_000;
  private static final int TWENTY_MB = 20 * 1024 * 1024;

  @TempDir
  Path dir;

  // --- YAML aliases ("billion laughs") ---

  @Test
  void billionLaughsIsRefusedAtTheFirstAlias() {
    // Ten levels of ten: fully expanded, 10^9 copies of "lol".
    StringBuilder yaml = new StringBuilder("schema: sixps/1\nchildsVoice:\n  - child: &l0 lol\n");
    String[] keys = {"    worries", "    goodThings", "    dreams", "people", "contributors",
        "presenting", "predisposing", "precipitating", "perpetuating"};
    for (int level = 1; level <= keys.length; level++) {
      String alias = "*l" + (level - 1);
      yaml.append(keys[level - 1]).append(": &l").append(level).append(" [")
          .append(String.join(", ", Collections.nCopies(10, alias))).append("]\n");
    }

    FormulationReadException e = refusedQuickly(yaml.toString(), FileFormat.YAML);

    // Refused at the first anchor; each anchored list is then skipped whole, never expanded.
    assertEquals(3, e.line());
    assertEquals(12, e.column());  // the "&l0" in "  - child: &l0 lol"
    assertEquals("childsVoice[0].child", e.path());
    assertTrue(e.problem().startsWith("YAML anchors such as \"&l0\" are not accepted"),
        e.getMessage());
    assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("aliases")),
        e.getMessage());
  }

  @Test
  void aliasOfAWholeListIsRefused() {
    String yaml = "schema: sixps/1\n"
        + "people: &everyone\n"
        + "  - id: ahmed\n"
        + "contributors: *everyone\n";

    FormulationReadException e = refusedQuickly(yaml, FileFormat.YAML);

    assertEquals(2, e.problems().size(), e.getMessage());
    ReadProblem anchor = e.problems().get(0);
    assertEquals(2, anchor.line());
    assertEquals(9, anchor.column());
    assertEquals("people", anchor.path());
    assertEquals("YAML anchors such as \"&everyone\" are not accepted; remove it",
        anchor.message());
    ReadProblem alias = e.problems().get(1);
    assertEquals(4, alias.line());
    assertEquals(15, alias.column());
    assertEquals("contributors", alias.path());
    assertTrue(alias.message().startsWith("YAML aliases such as \"*everyone\" are not accepted"),
        e.getMessage());
  }

  @Test
  void classicBillionLaughsDocumentIsRefusedQuickly() {
    StringBuilder yaml = new StringBuilder("lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level < 10; level++) {
      yaml.append("lol").append(level).append(": &lol").append(level).append(" [")
          .append(String.join(", ", Collections.nCopies(10, "*lol" + (level - 1)))).append("]\n");
    }

    FormulationReadException e = refusedQuickly(yaml.toString(), FileFormat.YAML);

    // Not a formulation at all: refused at its first key, long before any alias.
    assertEquals(1, e.line());
    assertEquals(1, e.column());
    assertTrue(e.problem().startsWith("unknown key \"lol0\" in a formulation"), e.getMessage());
  }

  // --- Many values on one line ---

  @Test
  void manyValuesOnOneLongLineAreReadWithoutSlowingDown() {
    // The reader looks at each YAML value's first character in the text, for anchors and tags;
    // that must not cost the length of its line each time (it once took nearly a minute here).
    StringBuilder yaml = new StringBuilder(
        "schema: sixps/1\nchildsVoice:\n  - child: amira\n    worries: [\uD83D\uDE42");
    for (int i = 0; i < 60_000; i++) {
      yaml.append(", a");
    }
    yaml.append("]\n");

    io.github.sixps.formulation.model.Formulation f = assertTimeoutPreemptively(HANG_GUARD,
        () -> FormulationReader.standard().read(yaml.toString(), FileFormat.YAML, "long.yaml"));

    assertEquals(60_001, f.childsVoice().get(0).worries().size());
  }

  // --- Deep nesting ---

  @Test
  void deeplyNestedJsonListsUnderAKey() {
    String json = "{\"schema\":\"sixps/1\",\"people\":" + "[".repeat(DEEP) + "]".repeat(DEEP)
        + "}";

    FormulationReadException e = refusedQuickly(json, FileFormat.JSON);

    assertEquals(1, e.line());
    assertEquals(31, e.column());  // the second "[", where the first person should start
    assertEquals("people[0]", e.path());
    assertEquals("expected a person (a set of keys and values), found a list", e.problem());
  }

  @Test
  void deeplyNestedJsonObjectsUnderAKey() {
    String json = "{\"schema\":\"sixps/1\",\"hypothesis\":" + "{\"statement\":".repeat(DEEP)
        + "\"x\"" + "}".repeat(DEEP) + "}";

    FormulationReadException e = refusedQuickly(json, FileFormat.JSON);

    assertEquals(1, e.line());
    assertEquals(47, e.column());  // the "{" given as the hypothesis's statement
    assertEquals("hypothesis.statement", e.path());
    assertEquals("expected text, found a set of keys and values", e.problem());
  }

  @Test
  void deeplyNestedJsonAtTheTop() {
    for (String json : new String[] {
        "[".repeat(DEEP) + "]".repeat(DEEP), "[".repeat(DEEP), "{\"a\":".repeat(DEEP)}) {
      FormulationReadException e = refusedQuickly(json, FileFormat.JSON);

      assertEquals(1, e.line());
      assertTrue(e.column() <= 2, e.getMessage());
      assertTrue(e.problem().startsWith(json.startsWith("[")
          ? "expected a formulation (a set of keys and values), found a list"
          : "unknown key \"a\" in a formulation"), e.getMessage());
    }
  }

  @Test
  void deeplyNestedYamlFlowListsUnderAKey() {
    String yaml = "schema: sixps/1\npeople: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n";

    FormulationReadException e = refusedQuickly(yaml, FileFormat.YAML);

    assertEquals(2, e.line());
    assertEquals(10, e.column());
    assertEquals("people[0]", e.path());
    assertEquals("expected a person (a set of keys and values), found a list", e.problem());
  }

  @Test
  void deeplyNestedYamlBlockListsUnderAKey() {
    String yaml = "schema: sixps/1\npeople:\n  " + "- ".repeat(DEEP) + "x\n";

    FormulationReadException e = refusedQuickly(yaml, FileFormat.YAML);

    assertEquals(3, e.line());
    assertEquals(5, e.column());
    assertEquals("people[0]", e.path());
    assertEquals("expected a person (a set of keys and values), found a list", e.problem());
  }

  @Test
  void deeplyNestedYamlAtTheTop() {
    for (String yaml : new String[] {
        "[".repeat(DEEP) + "]".repeat(DEEP) + "\n", "[".repeat(DEEP) + "\n",
        "- ".repeat(DEEP) + "x\n"}) {
      FormulationReadException e = refusedQuickly(yaml, FileFormat.YAML);

      assertEquals(1, e.line());
      assertEquals(1, e.column());
      assertEquals("", e.path());
      assertEquals("expected a formulation (a set of keys and values), found a list",
          e.problem());
    }
    String maps = "{a: ".repeat(DEEP) + "1" + "}".repeat(DEEP) + "\n";
    FormulationReadException e = refusedQuickly(maps, FileFormat.YAML);
    assertTrue(e.problem().startsWith("unknown key \"a\" in a formulation"), e.getMessage());
  }

  @Test
  void nestingPastMaxDepthIsRefused() {
    FormulationReader shallow =
        FormulationReader.builder().limits(ReadLimits.defaults().withMaxDepth(3)).build();
    // The formulation, the plan, the list of actions and the action: four levels.
    String json = "{\"schema\":\"sixps/1\",\"plan\":{\"actions\":[{\"id\":\"a1\"}]}}";
    String yaml = "schema: sixps/1\nplan:\n  actions:\n    - id: a1\n";

    FormulationReadException fromJson = refusedQuickly(shallow, json, FileFormat.JSON);
    FormulationReadException fromYaml = refusedQuickly(shallow, yaml, FileFormat.YAML);

    assertEquals("nested more than 3 levels deep", fromJson.problem());
    assertEquals("plan.actions[0]", fromJson.path());
    assertEquals(1, fromJson.line());
    assertEquals(40, fromJson.column());
    assertEquals("nested more than 3 levels deep", fromYaml.problem());
    assertEquals("plan.actions[0]", fromYaml.path());
    assertEquals(4, fromYaml.line());
    assertEquals(7, fromYaml.column());
  }

  // --- Long text and large files ---

  @Test
  void twentyMegabyteStringIsRefusedBySizeByDefault() throws IOException {
    Path json = writeWithLongValue("long.json", "{\"schema\":\"sixps/1\",\"title\":\"", "\"}\n");
    Path yaml = writeWithLongValue("long.yaml", "schema: sixps/1\ntitle: ", "\n");

    for (Path file : new Path[] {json, yaml}) {
      FormulationReadException e = refusedQuickly(FormulationReader.standard(), file);

      assertEquals(file.toString(), e.source());
      assertEquals(0, e.line());
      assertEquals("", e.path());
      assertEquals("the file is 20 MiB; the limit is 1 MiB", e.problem());
      assertEquals(file + ": the file is 20 MiB; the limit is 1 MiB", e.getMessage());
    }
  }

  @Test
  void twentyMegabyteJsonStringIsRefusedByStringLength() throws IOException {
    Path json = writeWithLongValue("long.json", "{\"schema\":\"sixps/1\",\"title\":\"", "\"}\n");

    FormulationReadException e = refusedQuickly(roomyReader(), json);

    assertEquals(1, e.line());
    assertEquals(29, e.column());  // the opening quote of the title
    assertEquals("title", e.path());
    assertEquals("a text value is longer than the limit of 100000 characters", e.problem());
  }

  @Test
  void twentyMegabyteJsonKeyIsRefusedByStringLength() throws IOException {
    Path json = writeWithLongValue("long-key.json", "{\"schema\":\"sixps/1\",\"", "\":1}\n");

    FormulationReadException e = refusedQuickly(roomyReader(), json);

    assertEquals(1, e.line());
    // Jackson checks a long key against the name limit or, reading from text, the string limit.
    assertTrue(e.problem().matches(
        "a (key|text value) is longer than the limit of 100000 characters"), e.getMessage());
  }

  @Test
  void twentyMegabyteYamlStringOnOneLineIsRefusedByLineLength() throws IOException {
    // SnakeYAML is slow on very long lines, so the reader refuses them before parsing.
    Path yaml = writeWithLongValue("long.yaml", "schema: sixps/1\ntitle: ", "\n");

    FormulationReadException e = refusedQuickly(roomyReader(), yaml);

    assertEquals(2, e.line());
    assertEquals(1, e.column());
    assertEquals("this line is longer than the limit of 201024 characters for a line of YAML"
        + " (twice the limit of 100000 for a text value, and room for its key)", e.problem());
  }

  @Test
  void aYamlLineMayBeExactlyAsLongAsTheLimit() throws IOException {
    // With text values of at most 10 characters, a line may be 2 * 10 + 1024 = 1044 long.
    FormulationReader reader = FormulationReader.builder()
        .limits(ReadLimits.defaults().withMaxStringLength(10)).build();
    String atLimit = "# " + "x".repeat(1042);
    String over = atLimit + "x";

    // The whole text no longer than a line may be, and longer, with the long line in the middle.
    String head = "schema: sixps/1\nid: F1\n";
    String whole = head + "# " + "x".repeat(1044 - head.length() - 2);
    assertEquals(1044, whole.length());
    assertEquals("F1", reader.read(whole, FileFormat.YAML, "a.yaml").id());
    assertEquals("F1", reader.read("schema: sixps/1\n" + atLimit + "\nid: F1\n", FileFormat.YAML,
        "b.yaml").id());
    FormulationReadException e = assertThrows(FormulationReadException.class, () ->
        reader.read("schema: sixps/1\n" + over + "\nid: F1\n", FileFormat.YAML, "c.yaml"));
    assertEquals(2, e.line());
    assertTrue(e.problem().startsWith("this line is longer than the limit of 1044 characters"),
        e.getMessage());
  }

  @Test
  void twentyMegabyteYamlStringOverManyLinesIsRefusedByStringLength() throws IOException {
    Path yaml = dir.resolve("long-block.yaml");
    try (Writer out = Files.newBufferedWriter(yaml, StandardCharsets.UTF_8)) {
      out.write("schema: sixps/1\ntitle: >\n");
      String line = "  " + "lol ".repeat(24) + "\n";  // 99 characters of text and a break
      for (long written = 0; written < TWENTY_MB; written += line.length()) {
        out.write(line);
      }
    }

    FormulationReadException e = refusedQuickly(roomyReader(), yaml);

    assertEquals(2, e.line());
    assertEquals(8, e.column());
    assertEquals("title", e.path());
    assertTrue(e.problem().matches(
        "this text is [0-9]+ characters long; the limit is 100000"), e.getMessage());
  }

  @Test
  void fileOverMaxBytesIsRefusedBeforeItIsRead() throws IOException {
    // Sparse where the file system allows: 256 MB that, read, would not be a formulation at all.
    Path file = dir.resolve("huge.yaml");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(256L * 1024 * 1024);
    }

    FormulationReadException e = refusedQuickly(FormulationReader.standard(), file);

    // The size comes from the file system: the reader has not read the file to find it.
    assertEquals("the file is 256 MiB; the limit is 1 MiB", e.problem());
    assertEquals(0, e.line());
  }

  @Test
  void streamOverMaxBytesIsRefusedWithoutReadingItAll() throws IOException {
    FormulationReader small =
        FormulationReader.builder().limits(ReadLimits.defaults().withMaxBytes(1 << 20)).build();
    EndlessComments in = new EndlessComments();

    FormulationReadException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(
        FormulationReadException.class, () -> small.read(in, FileFormat.YAML, "stdin")));

    assertEquals("stdin: the file is larger than the limit of 1 MiB", e.getMessage());
    // The documents say the limit in the message's words.
    for (String doc : List.of("../docs/file-format.md", "../README.md")) {
      String text = Files.readString(Path.of(doc)).replaceAll("\\s+", " ");
      assertTrue(text.contains("1 MiB"), doc + " says the limit as the message does");
      assertFalse(text.contains("1.0 MB") || text.contains("8 MiB a"), doc);
    }
    assertTrue(in.served > 1 << 20, "read past the limit: " + in.served);
    assertTrue(in.served <= (1 << 20) + 64 * 1024, "read too far: " + in.served);
  }

  @Test
  void textOverMaxBytesIsRefused() {
    FormulationReader small =
        FormulationReader.builder().limits(ReadLimits.defaults().withMaxBytes(1024)).build();
    String text = "schema: sixps/1\ntitle: " + "é".repeat(600) + "\n";  // 1,224 bytes in UTF-8

    FormulationReadException e = refusedQuickly(small, text, FileFormat.YAML);

    // 1,224 bytes and 1,024 both round to "1 KiB", so the message says only which is larger.
    assertEquals("the file is larger than the limit of 1 KiB", e.problem());
    assertEquals(0, e.line());
  }

  @Test
  void fileOfExactlyMaxBytesIsRead() throws IOException {
    String text = "schema: sixps/1\ntitle: Ahmed and family\n";
    int size = text.getBytes(StandardCharsets.UTF_8).length;
    Path file = Files.writeString(dir.resolve("exact.yaml"), text);

    FormulationReader exact =
        FormulationReader.builder().limits(ReadLimits.defaults().withMaxBytes(size)).build();
    FormulationReader tight =
        FormulationReader.builder().limits(ReadLimits.defaults().withMaxBytes(size - 1)).build();

    assertEquals("Ahmed and family", exact.read(file).title());
    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> tight.read(file));
    assertEquals("the file is " + size + " bytes; the limit is " + (size - 1) + " bytes",
        e.problem());
  }

  // --- ReadLimits itself ---

  @Test
  void defaults() {
    ReadLimits limits = ReadLimits.defaults();

    assertEquals(1024 * 1024, limits.maxBytes());
    assertEquals(32, limits.maxDepth());
    assertEquals(100_000, limits.maxStringLength());
    assertEquals(limits, FormulationReader.standard().limits());
  }

  @Test
  void withersChangeOneLimit() {
    ReadLimits limits = ReadLimits.defaults().withMaxBytes(10).withMaxDepth(2)
        .withMaxStringLength(5);

    assertEquals(10, limits.maxBytes());
    assertEquals(2, limits.maxDepth());
    assertEquals(5, limits.maxStringLength());
    assertEquals(limits, ReadLimits.defaults().withMaxStringLength(5).withMaxDepth(2)
        .withMaxBytes(10));
    assertEquals(limits.hashCode(), ReadLimits.defaults().withMaxStringLength(5).withMaxDepth(2)
        .withMaxBytes(10).hashCode());
  }

  @Test
  void nonPositiveLimitsAreRejectedNamingTheArgument() {
    ReadLimits d = ReadLimits.defaults();
    for (int bad : new int[] {0, -1, Integer.MIN_VALUE}) {
      assertRejected(() -> d.withMaxBytes(bad), "maxBytes must be positive, was " + bad);
      assertRejected(() -> d.withMaxDepth(bad), "maxDepth must be positive, was " + bad);
      assertRejected(() -> d.withMaxStringLength(bad),
          "maxStringLength must be positive, was " + bad);
    }
  }

  private static void assertRejected(Executable call, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  // --- Helpers ---

  /** A reader whose size limit lets a 20 MB file through to the other limits. */
  private static FormulationReader roomyReader() {
    return FormulationReader.builder()
        .limits(ReadLimits.defaults().withMaxBytes(32 * 1024 * 1024))
        .build();
  }

  /** Writes {@code before}, twenty megabytes of "x" and {@code after}, a megabyte at a time. */
  private Path writeWithLongValue(String name, String before, String after) throws IOException {
    Path file = dir.resolve(name);
    char[] chunk = new char[1024 * 1024];
    Arrays.fill(chunk, 'x');
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(before);
      for (int i = 0; i < 20; i++) {
        out.write(chunk);
      }
      out.write(after);
    }
    return file;
  }

  private static FormulationReadException refusedQuickly(String text, FileFormat format) {
    return refusedQuickly(FormulationReader.standard(), text, format);
  }

  private static FormulationReadException refusedQuickly(
      FormulationReader reader, String text, FileFormat format) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(
        FormulationReadException.class, () -> reader.read(text, format, "input")));
  }

  private static FormulationReadException refusedQuickly(FormulationReader reader, Path file) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(
        FormulationReadException.class, () -> reader.read(file)));
  }

  /** A stream of YAML comment lines that never ends, counting the bytes it has served. */
  private static final class EndlessComments extends InputStream {
    private static final byte[] LINE = "# lol\n".getBytes(StandardCharsets.US_ASCII);
    long served;

    @Override
    public int read() {
      return LINE[(int) (served++ % LINE.length)];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = LINE[(int) ((served + i) % LINE.length)];
      }
      served += len;
      return len;
    }
  }
}
