package io.github.sixps.formulation.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test that can be skipped, in every module, says why (an assumption with a message, a
 * {@code @Disabled} with a reason), so that {@link SkipReasons} has a reason to print.
 */
class EverySkipSaysWhyTest {
  private static final Pattern ASSUMPTION = Pattern.compile("\\bassume(True|False)\\(");
  private static final Pattern DISABLED = Pattern.compile("(?m)^\\s*@Disabled\\b(?!\\(\")");

  @Test
  void everySkipInEveryModuleHasAReason() throws IOException {
    List<String> silent = new ArrayList<>();
    int sources = 0;
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> f.toString().contains("/src/test/java/"))
          .filter(f -> !f.toString().contains("/target/")).toList()) {
        sources++;
        String text = Files.readString(file);
        Matcher a = ASSUMPTION.matcher(text);
        while (a.find()) {
          if (!hasSecondArgument(text, a.end())) {
            silent.add(file + ": " + line(text, a.start()));
          }
        }
        Matcher d = DISABLED.matcher(text);
        while (d.find()) {
          silent.add(file + ": " + line(text, d.start()));
        }
      }
    }
    assertTrue(sources > 100, "found the test sources: " + sources);
    assertEquals(List.of(), silent, "skips that do not say why");
  }

  /** Whether the call whose arguments start at {@code from} has a comma at its own level. */
  private static boolean hasSecondArgument(String text, int from) {
    int depth = 0;
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        if (depth == 0) {
          return false;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  private static int line(String text, int at) {
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
