package io.github.sixps.formulation.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.io.FormulationSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads YAML files with PyYAML, a YAML 1.1 reader as many other tools are, through Debian's
 * {@code python3-yaml} and {@code python3-jsonschema} and {@code /usr/bin/python3}: what it reads
 * comes back as JSON, with where it read dates and keys that are not text, and, if asked, how it
 * breaks the published JSON Schema. Where they are not installed, the calling test is skipped,
 * saying why, or, where the environment variable {@code CI} is set, it fails.
 *
 * <pre>{@code
 * Map<String, PyYaml.Loaded> loaded = PyYaml.load(folder, true);
 * }</pre>
 */
public final class PyYaml {
  /** Debian's own Python, not one a version manager puts first on the PATH. */
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final String PACKAGES = "python3-yaml python3-jsonschema";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String missing;
  private static boolean checked;

  private PyYaml() {}

  /**
   * What PyYAML read from one file.
   *
   * @param file the file's name
   * @param data what it read, dates as YYYY-MM-DD text; null if it could not read the file
   * @param dates the paths where it read a date, such as {@code plan.actions[0].due}
   * @param nonStringKeys the paths where it read a key that is not text
   * @param loadersDiffer whether its C loader read something else than its Python one
   * @param schemaErrors how the data breaks the JSON Schema, when that was checked
   * @param error why it could not read the file, or null
   */
  public record Loaded(String file, JsonNode data, List<String> dates, List<String> nonStringKeys,
      boolean loadersDiffer, List<String> schemaErrors, String error) {
    /**
     * {@return where PyYAML read a formulation otherwise than SixPs would, short of its values}
     * Each is one line: the file it could not read at all, a key it read as something other
     * than text (a bare {@code on:} is true to it), a date outside the format's date fields, its
     * two loaders differing, and each way the data breaks the JSON Schema, if that was checked.
     */
    public List<String> differences() {
      List<String> found = new ArrayList<>();
      if (error != null) {
        found.add("PyYAML cannot read it: " + error);
        return found;
      }
      nonStringKeys.forEach(k -> found.add("PyYAML reads the key " + k + " as something other"
          + " than text; put it in quotes"));
      dates.stream().filter(p -> !DATE_KEYS.contains(p.substring(p.lastIndexOf('.') + 1)))
          .forEach(p -> found.add("PyYAML reads " + p + " as a date"));
      if (loadersDiffer) {
        found.add("PyYAML's two loaders read it differently");
      }
      schemaErrors.forEach(m -> found.add("against the schema: " + m));
      return found;
    }
  }

  /** The keys of the format whose values are dates; PyYAML should read a date nowhere else. */
  private static final Set<String> DATE_KEYS = Set.of("formulatedOn", "nextReview", "due", "on");

  /**
   * Reads every {@code .yaml} file in a folder with PyYAML's safe loader.
   *
   * @param folder the folder
   * @param checkSchema whether to check what was read against the published JSON Schema
   * @return what was read, by file name, in name order
   */
  public static Map<String, Loaded> load(Path folder, boolean checkSchema)
      throws IOException, InterruptedException {
    requireInstalled();
    Path script = Files.createTempFile("load_yaml", ".py");
    Path schema = Files.createTempFile("sixps-1", ".schema.json");
    Path errors = Files.createTempFile("load_yaml", ".err");
    try {
      copyResource("/other-tools/load_yaml.py", script);
      Files.writeString(schema, FormulationSchema.json());
      List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
      if (checkSchema) {
        command.addAll(List.of("--schema", schema.toString()));
      }
      command.add(folder.toString());
      Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        fail("PyYAML could not be run: " + Files.readString(errors));
      }
      Map<String, Loaded> loaded = new LinkedHashMap<>();
      for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        loaded.put(n.get("file").asText(), new Loaded(n.get("file").asText(), n.get("data"),
            strings(n.get("dates")), strings(n.get("nonStringKeys")),
            n.path("loadersDiffer").asBoolean(false), strings(n.get("schemaErrors")),
            n.hasNonNull("error") ? n.get("error").asText() : null));
      }
      return loaded;
    } finally {
      Files.deleteIfExists(script);
      Files.deleteIfExists(schema);
      Files.deleteIfExists(errors);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(v -> values.add(v.asText()));
    }
    return values;
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = PyYaml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no test resource " + name);
      }
      Files.write(to, in.readAllBytes());
    }
  }

  /**
   * Skips the calling test, saying why, where PyYAML is not installed; fails it under CI.
   * For tests that run PyYAML from another program (a browser script reading files back).
   */
  public static synchronized void requireInstalled() {
    if (!checked) {
      missing = whatIsMissing();
      checked = true;
    }
    if (missing == null) {
      return;
    }
    if (System.getenv("CI") != null) {
      fail(missing + ", and CI is set, so the check with PyYAML must run; .ci/run must install"
          + " Debian's " + PACKAGES);
    }
    String skipped = missing + ": the check with PyYAML is skipped. Install them (apt-get"
        + " install " + PACKAGES + ") to run it.";
    // Printed as well: a skipped test's reason does not always reach the build's log.
    System.out.println(skipped);
    Assumptions.abort(skipped);
  }

  private static String whatIsMissing() {
    if (!Files.isExecutable(PYTHON)) {
      return PYTHON + " is not installed";
    }
    try {
      Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import yaml, jsonschema")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return "PyYAML or jsonschema is not installed for " + PYTHON + " (" + out.strip() + ")";
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while looking for PyYAML";
    }
  }
}
