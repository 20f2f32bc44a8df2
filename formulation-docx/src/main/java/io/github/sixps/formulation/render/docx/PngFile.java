package io.github.sixps.formulation.render.docx;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as a PNG file: 8 bits a channel, every row filtered "Up" (each byte less
 * the one above it, which makes the white and flat areas of a diagram runs of zeros), deflated
 * at a fast level. ImageIO's own PNG writer tries every filter on every row and reads pixels one
 * by one, and took most of the time of a whole Word document; this takes a fraction, for files
 * a little larger. The same image gives the same bytes.
 */
final class PngFile {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private PngFile() {}

  /** The PNG of an image of type {@link BufferedImage#TYPE_INT_RGB}. */
  static byte[] of(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    try {
      ByteArrayOutputStream idat = new ByteArrayOutputStream(width * height / 4);
      Deflater deflater = new Deflater(3);
      try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 64 * 1024)) {
        byte[] row = new byte[1 + 3 * width];
        row[0] = 2; // the "Up" filter
        for (int y = 0; y < height; y++) {
          int at = y * width;
          for (int x = 0; x < width; x++) {
            int p = pixels[at + x];
            int above = y == 0 ? 0 : pixels[at - width + x];
            row[1 + 3 * x] = (byte) ((p >> 16) - (above >> 16));
            row[2 + 3 * x] = (byte) ((p >> 8) - (above >> 8));
            row[3 + 3 * x] = (byte) (p - above);
          }
          z.write(row);
        }
      } finally {
        deflater.end();
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + 64);
      DataOutputStream out = new DataOutputStream(png);
      out.write(SIGNATURE);
      ByteArrayOutputStream header = new ByteArrayOutputStream(13);
      DataOutputStream h = new DataOutputStream(header);
      h.writeInt(width);
      h.writeInt(height);
      h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, standard filters, no interlace
      chunk(out, "IHDR", header.toByteArray());
      chunk(out, "IDAT", idat.toByteArray());
      chunk(out, "IEND", new byte[0]);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }
}
