package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refused versions are kept beside their formulation, the newest ten of each. */
class RefusedVersionsTest {
  @TempDir
  Path dir;

  private List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachFormulationKeepsItsTenNewestRefusedVersions() throws Exception {
    FormulationWriter writer = FormulationWriter.standard();
    Formulation refused = Formulation.builder().title("Typed and refused").build();
    // Another formulation's, an old one of a name that starts the same, and a link: all kept.
    Files.writeString(dir.resolve("begum.conflict-20260101-000000.yaml"), "schema: sixps/1\n");
    Files.writeString(dir.resolve("ahmed-2.conflict-20260101-000000.yaml"), "schema: sixps/1\n");
    Files.createSymbolicLink(dir.resolve("ahmed.conflict-20200101-000000.yaml"),
        dir.resolve("begum.conflict-20260101-000000.yaml"));
    Files.writeString(dir.resolve("ahmed.conflict-20250101-000000.json"), "{}");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < RefusedVersions.KEPT + 3; i++) {
      String name = RefusedVersions.keep(writer, dir.resolve("ahmed.yaml"), refused);
      assertNotNull(name);
      kept.add(name);
    }
    List<String> left = names();
    // The last ten kept are there, with the others' files and the link.
    for (String name : kept.subList(kept.size() - RefusedVersions.KEPT, kept.size())) {
      assertTrue(left.contains(name), name + " in " + left);
    }
    assertTrue(left.contains("begum.conflict-20260101-000000.yaml"), left.toString());
    assertTrue(left.contains("ahmed-2.conflict-20260101-000000.yaml"), left.toString());
    assertTrue(left.contains("ahmed.conflict-20200101-000000.yaml"), "the link: " + left);
    // The oldest of ahmed's plain files went first: last year's JSON, then the first kept.
    assertTrue(!left.contains("ahmed.conflict-20250101-000000.json"), left.toString());
    assertEquals(RefusedVersions.KEPT + 3, left.size(), left.toString());
  }

  @Test
  void refusedSavesInOneSecondKeepTheNewestEvenAfterTheFirstIsRemoved() throws Exception {
    // All in one second: removing the oldest frees the first name, which must not be reused,
    // or the newest version would sort as the oldest and be removed at once.
    Clock stopped = Clock.fixed(Instant.parse("2026-12-07T14:30:12Z"), ZoneOffset.UTC);
    FormulationWriter writer = FormulationWriter.standard();
    Formulation refused = Formulation.builder().title("Typed and refused").build();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < RefusedVersions.KEPT + 5; i++) {
      kept.add(RefusedVersions.keep(writer, dir.resolve("ahmed.yaml"), refused, stopped));
    }
    assertEquals("ahmed.conflict-20261207-143012.yaml", kept.get(0));
    assertEquals("ahmed.conflict-20261207-143012-15.yaml", kept.get(kept.size() - 1));
    // The ten newest are the ones left, numbered 6 to 15.
    assertEquals(kept.subList(5, kept.size()).stream().sorted().toList(), names());
  }
}
