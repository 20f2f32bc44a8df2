package io.github.sixps.formulation.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a .docx package again so that the same content gives the same bytes: every entry dated
 * 1 January 1980 (the earliest a zip can say, so no clock and no time zone shows) and the entries
 * in one order, the content types first as readers expect, then the package's relationships,
 * then the rest by name. POI dates each entry by the clock when it saves.
 */
final class StableZip {
  private static final LocalDateTime DATE = LocalDateTime.of(1980, 1, 1, 0, 0);

  private StableZip() {}

  static void rewrite(byte[] zip, OutputStream out) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    List<String> names = new ArrayList<>(entries.keySet());
    names.sort(Comparator.comparing((String n) -> n.equals("[Content_Types].xml") ? 0
        : n.equals("_rels/.rels") ? 1 : 2).thenComparing(Comparator.naturalOrder()));
    // Not closed: closing the zip would close the caller's stream, which is theirs.
    ZipOutputStream zipOut = new ZipOutputStream(out);
    zipOut.setLevel(Deflater.DEFAULT_COMPRESSION);
    for (String name : names) {
      ZipEntry entry = new ZipEntry(name);
      entry.setTimeLocal(DATE);
      zipOut.putNextEntry(entry);
      zipOut.write(entries.get(name));
      zipOut.closeEntry();
    }
    zipOut.finish();
    zipOut.flush();
  }
}
