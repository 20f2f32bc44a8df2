package io.github.sixps.formulation.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Mends the one flaw in the cross-reference stream PDFBox writes: it leaves out its own entry,
 * so its {@code /Size} is one more than the highest object it lists, which checkers such as
 * {@code qpdf --check} report as a damaged file. The stream is always the last object of the
 * file PDFBox saves, so adding the entry changes nothing before it: the same bytes, with the
 * last object rewritten to list itself too.
 *
 * <p>The alternative, a plain cross-reference table, costs PDFBox time that grows with the
 * square of the number of objects (a linear search per object while saving): minutes for a
 * large formulation.
 */
final class CrossReferenceStream {
  private static final Pattern START = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
  private static final Pattern HEAD = Pattern.compile("\\A(\\d+) (\\d+) obj\\s*<<");
  private static final Pattern INDEX = Pattern.compile("/Index\\s*\\[([\\d\\s]*)\\]");
  private static final Pattern WIDTHS = Pattern.compile("/W\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]");
  private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d+)");
  private static final Pattern SIZE = Pattern.compile("/Size\\s+(\\d+)");

  private CrossReferenceStream() {}

  /**
   * The same PDF with its final cross-reference stream listing itself. A file whose last
   * cross-reference is not a stream in the form PDFBox writes, or that already lists itself, is
   * given back unchanged.
   */
  static byte[] listItself(byte[] pdf) {
    // ISO-8859-1 maps each byte to one char, so string offsets are byte offsets.
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher start = START.matcher(text.substring(Math.max(0, text.length() - 64)));
    if (!start.find()) {
      return pdf;
    }
    int offset = Integer.parseInt(start.group(1));
    String object = text.substring(offset);
    Matcher head = HEAD.matcher(object);
    int dictEnd = object.indexOf(">>\nstream");
    int streamKeyword = dictEnd + 3;
    if (!head.find() || dictEnd < 0 || !object.contains("/Type /XRef")
        || !object.contains("/Filter /FlateDecode") || object.contains("/DecodeParms")) {
      return pdf;
    }
    int number = Integer.parseInt(head.group(1));
    String dict = object.substring(0, dictEnd + 2);
    Matcher index = INDEX.matcher(dict);
    Matcher widths = WIDTHS.matcher(dict);
    Matcher length = LENGTH.matcher(dict);
    Matcher size = SIZE.matcher(dict);
    if (!index.find() || !widths.find() || !length.find() || !size.find()
        || Integer.parseInt(size.group(1)) != number + 1) {
      return pdf;
    }
    List<Integer> sections = new ArrayList<>();
    for (String n : index.group(1).trim().split("\\s+")) {
      sections.add(Integer.parseInt(n));
    }
    for (int i = 0; i + 1 < sections.size(); i += 2) {
      if (number >= sections.get(i) && number < sections.get(i) + sections.get(i + 1)) {
        return pdf;
      }
    }
    int[] w = {Integer.parseInt(widths.group(1)), Integer.parseInt(widths.group(2)),
        Integer.parseInt(widths.group(3))};
    int dataStart = streamKeyword + "stream".length();
    dataStart += object.startsWith("\r\n", dataStart) ? 2 : 1;
    int dataLength = Integer.parseInt(length.group(1));
    byte[] rows = inflate(pdf, offset + dataStart, dataLength);

    // Wider offsets if this object's own offset needs more bytes than the others did.
    int offsetWidth = Math.max(w[1], bytesFor(offset));
    ByteArrayOutputStream table = new ByteArrayOutputStream(rows.length + 16);
    int row = w[0] + w[1] + w[2];
    for (int r = 0; r + row <= rows.length; r += row) {
      table.write(rows, r, w[0]);
      long field = 0;
      for (int b = 0; b < w[1]; b++) {
        field = field << 8 | (rows[r + w[0] + b] & 0xff);
      }
      writeNumber(table, field, offsetWidth);
      table.write(rows, r + w[0] + w[1], w[2]);
    }
    writeNumber(table, 1, w[0]);
    writeNumber(table, offset, offsetWidth);
    writeNumber(table, 0, w[2]);
    byte[] data = deflate(table.toByteArray());

    int last = sections.size() - 2;
    if (sections.get(last) + sections.get(last + 1) == number) {
      sections.set(last + 1, sections.get(last + 1) + 1);
    } else {
      sections.add(number);
      sections.add(1);
    }
    StringBuilder newIndex = new StringBuilder("/Index [");
    for (int i = 0; i < sections.size(); i++) {
      newIndex.append(i == 0 ? "" : " ").append(sections.get(i));
    }
    newIndex.append(']');
    String newDict = dict.substring(0, index.start()) + newIndex + dict.substring(index.end());
    newDict = newDict.replaceFirst("/W\\s*\\[[^\\]]*\\]",
        "/W [" + w[0] + " " + offsetWidth + " " + w[2] + "]");
    newDict = LENGTH.matcher(newDict).replaceFirst("/Length " + data.length);

    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
    out.write(pdf, 0, offset);
    out.writeBytes((newDict + "\nstream\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(data);
    out.writeBytes(("\r\nendstream\nendobj\nstartxref\n" + offset + "\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private static int bytesFor(long value) {
    int n = 1;
    while (n < 8 && (value >>> (8 * n)) != 0) {
      n++;
    }
    return n;
  }

  private static void writeNumber(ByteArrayOutputStream out, long value, int width) {
    for (int b = width - 1; b >= 0; b--) {
      out.write((int) (value >>> (8 * b)) & 0xff);
    }
  }

  private static byte[] inflate(byte[] pdf, int from, int length) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(pdf, from, length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IllegalStateException("PDFBox wrote a cross-reference stream that does not"
          + " inflate", e);
    } finally {
      inflater.end();
    }
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater();
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
