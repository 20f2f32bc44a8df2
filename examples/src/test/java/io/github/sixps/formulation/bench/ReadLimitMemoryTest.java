package io.github.sixps.formulation.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.ReadLimits;
import io.github.sixps.formulation.model.Formulation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest file the reader accepts by default renders to PDF within 1 GB of heap, in a JVM of
 * its own whose heap is capped at that ({@link MemoryTable#runCase}): the cap is the check. PDF
 * is the format that needs the most heap by far (see the memory table in docs/benchmarks.md), so
 * the other formats fit if it does.
 */
class ReadLimitMemoryTest {

  @Test
  void aFileAtTheReadLimitRendersToPdfWithinOneGigabyte(@TempDir Path folder) throws Exception {
    Formulation worked = FormulationReader.standard().read(Inputs.largestWorkedExample());
    MemoryTable table = new MemoryTable(worked, folder);
    int limit = ReadLimits.defaults().maxBytes();
    Path file = table.write(table.copiesWithin(limit));
    long size = Files.size(file);
    assertTrue(size <= limit && size > limit * 0.98,
        "the file should be just inside the limit of " + limit + " bytes, but is " + size);

    MemoryTable.Result pdf = MemoryTable.runCase("pdf", file);

    assertTrue(pdf.fits(), "a " + size + "-byte file ran out of 1 GB of heap: " + pdf);
  }
}
