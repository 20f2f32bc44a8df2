package io.github.sixps.formulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.testing.PublicSignatures;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The command line is built on the library as any embedder's program is: every SixPs class it
 * uses (the worked examples' included) is a public type of a package its module exports, so it
 * would run on the module path too and shows what the API can do. Its dependencies are read from
 * the compiled classes by the JDK's {@code jdeps}.
 */
class PublicApiOnlyTest {
  private static final Pattern EDGE = Pattern.compile(
      "^\\s*io\\.github\\.sixps\\.formulation\\.(?:cli|examples)\\.\\S+\\s+->\\s+"
          + "(io\\.github\\.sixps\\.formulation\\.\\S+)\\s", Pattern.MULTILINE);

  @Test
  void everyLibraryClassTheCommandLineUsesIsPublicApi() throws Exception {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps")
        .orElseThrow(() -> new AssertionError("no jdeps: run the tests on a JDK, not a JRE"));
    Path classes = Path.of(FormulationCommand.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    // The library and what it needs, without the tests, whose classes share the packages.
    String classPath = Arrays.stream(System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path")).split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar")
            && !Path.of(entry).equals(classes))
        .collect(Collectors.joining(File.pathSeparator));
    StringWriter out = new StringWriter();
    int exit = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class",
        "--multi-release", "17",
        "-cp", classPath,
        "-include", "io\\.github\\.sixps\\.formulation\\.(cli|examples)\\..*",
        "-regex", "io\\.github\\.sixps\\.formulation\\..*",
        classes.toString());
    assertEquals(0, exit, out::toString);

    Set<String> used = new TreeSet<>();
    Matcher m = EDGE.matcher(out.toString());
    while (m.find()) {
      String target = m.group(1);
      if (!target.startsWith("io.github.sixps.formulation.cli.")
          && !target.startsWith("io.github.sixps.formulation.examples.")) {
        used.add(target);
      }
    }
    assertTrue(used.contains("io.github.sixps.formulation.io.FormulationReader"),
        () -> "jdeps was read: " + out);

    Map<Path, List<Class<?>>> apiByModule = new HashMap<>();
    Set<String> notApi = new TreeSet<>();
    for (String name : used) {
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      Path module = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!apiByModule.computeIfAbsent(module, k -> PublicSignatures.ofModuleOf(type).apiTypes())
          .contains(type)) {
        notApi.add(name);
      }
    }
    assertEquals(Set.of(), notApi, "library classes the command line uses that are not API");
  }
}
