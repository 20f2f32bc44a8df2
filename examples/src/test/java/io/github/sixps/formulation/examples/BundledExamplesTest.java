package io.github.sixps.formulation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledExamplesTest {
  private static final Path RESOURCES = Path.of("src/main/resources");

  /** Every file under worked/ and teaching/, as a class-path resource path. */
  private static List<String> filesOnDisk() throws IOException {
    List<String> found = new ArrayList<>();
    for (String folder : List.of("worked", "teaching")) {
      Path root = RESOURCES.resolve(folder);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        found.addAll(files.filter(Files::isRegularFile)
            .map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
            .collect(Collectors.toList()));
      }
    }
    return found;
  }

  @Test
  void theListNamesEveryBundledFileOnceAndNothingElse() throws IOException {
    List<String> listed = BundledExamples.paths();
    assertEquals(listed.size(), new HashSet<>(listed).size(), "no example is listed twice");
    assertEquals(filesOnDisk().stream().sorted().collect(Collectors.toList()),
        listed.stream().sorted().collect(Collectors.toList()),
        "bundled-examples.txt lists exactly the files under worked/ and teaching/");
  }

  @Test
  void everyListedExampleReadsAsAFormulationNamedForItsPath() throws IOException {
    assertFalse(BundledExamples.paths().isEmpty());
    for (String path : BundledExamples.paths()) {
      Formulation f = BundledExamples.read(path);
      assertEquals(FormulationReader.standard().read(RESOURCES.resolve(path)), f, path);
      assertEquals(Files.readString(RESOURCES.resolve(path)), BundledExamples.text(path), path);
      assertTrue(BundledExamples.text(path).lines().limit(5)
          .anyMatch(l -> l.toLowerCase().contains("fictional")), path + " says it is fictional");
    }
  }

  @Test
  void onlyListedExamplesCanBeRead() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BundledExamples.text("bundled-examples.txt"));
    assertTrue(e.getMessage().contains("not a bundled example"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> BundledExamples.read("worked/../worked/school-avoidance-ahmed.yaml"));
    assertThrows(NullPointerException.class, () -> BundledExamples.read(null));
  }
}
