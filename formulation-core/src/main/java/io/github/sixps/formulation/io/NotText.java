package io.github.sixps.formulation.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Recognises files that are not UTF-8 text at all: word-processor documents, PDFs, pictures and
 * archives renamed {@code .yaml}, and text saved as UTF-16 or UTF-32. Each is named, with how to
 * get a UTF-8 text file from it, instead of the YAML parser's puzzling view of the bytes.
 */
final class NotText {
  private static final String SAVE_AS_UTF8 = "save it again as UTF-8 (in most editors: Save As,"
      + " then choose the encoding UTF-8)";
  private static final String PLAIN_TEXT = "a formulation file is plain text (UTF-8), as a text"
      + " editor such as Notepad or TextEdit writes it";
  private static final String COPY_TEXT = "; " + PLAIN_TEXT + ": copy the text into a text"
      + " editor and save it with a name ending .yaml";

  /** How far into a file to look for the names inside a ZIP archive. */
  private static final int ZIP_LOOK = 64 * 1024;

  private NotText() {}

  /** {@return what the bytes are and how to get text from them, or null if they may be text} */
  static String describe(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return "this file is saved as UTF-32 text; " + SAVE_AS_UTF8;
    }
    if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
      return "this file is saved as UTF-16 text (it starts with a UTF-16 byte-order mark); "
          + SAVE_AS_UTF8;
    }
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
      return zip(b);
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return "this is an older Microsoft Office file, such as a Word .doc document, not a text"
          + " file; open it in Word and use Save As, choosing Plain Text (.txt) and the encoding"
          + " UTF-8, then give the file a name ending .yaml";
    }
    if (startsWithText(b, "%PDF-")) {
      return "this is a PDF, not a text file; SixPs can make a PDF from a formulation but cannot"
          + " read one back: use the .yaml file the PDF was made from, or copy the text out of"
          + " the PDF into a text editor";
    }
    if (startsWithText(b, "{\\rtf")) {
      return "this is a rich text (RTF) document, as WordPad saves, not a plain text file; open"
          + " it and use Save As, choosing plain text and the encoding UTF-8";
    }
    String picture = picture(b);
    if (picture != null) {
      return "this is a picture (" + picture + "), not a text file" + COPY_TEXT;
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "this is a compressed (gzip) file, not a text file; uncompress it first";
    }
    if (looksLikeHtml(b)) {
      return "this is a web page (HTML), not a formulation file; SixPs can make a web page from"
          + " a formulation but cannot read one back: use the .yaml file it was made from";
    }
    return zeroBytes(b);
  }

  private static String zip(byte[] b) {
    String names = new String(b, 0, Math.min(b.length, ZIP_LOOK), StandardCharsets.ISO_8859_1);
    String kind;
    String app;
    if (names.contains("word/")) {
      kind = "a Word document (.docx)";
      app = "Word";
    } else if (names.contains("opendocument.text")) {
      kind = "an OpenDocument text document (.odt)";
      app = "LibreOffice Writer";
    } else if (names.contains("xl/")) {
      kind = "an Excel workbook (.xlsx)";
      app = "Excel";
    } else if (names.contains("ppt/")) {
      kind = "a PowerPoint presentation (.pptx)";
      app = "PowerPoint";
    } else {
      return "this is a ZIP archive, not a text file; unpack it and read the .yaml files inside";
    }
    return "this is " + kind + " renamed, not a text file; to get the text out, open it in " + app
        + " and use Save As, choosing Plain Text (.txt) and the encoding UTF-8, then give the"
        + " file a name ending .yaml, or copy the text into a text editor";
  }

  private static String picture(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG";
    }
    if (startsWithText(b, "GIF8")) {
      return "GIF";
    }
    return null;
  }

  private static boolean looksLikeHtml(byte[] b) {
    String start = new String(b, 0, Math.min(b.length, 256), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  /**
   * Text has no zero bytes; UTF-16 text without a byte-order mark has one in every other byte,
   * at odd places for little-endian and even places for big-endian, wherever it is Latin text.
   */
  private static String zeroBytes(byte[] b) {
    int look = Math.min(b.length, 4096);
    int even = 0;
    int odd = 0;
    for (int i = 0; i < look; i++) {
      if (b[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    if (even + odd == 0) {
      for (int i = look; i < b.length; i++) {
        if (b[i] == 0) {
          return binary();
        }
      }
      return null;
    }
    int pairs = look / 2;
    if (odd > pairs / 4 && even < odd / 8) {
      return "this file is saved as UTF-16 text (little-endian, without a byte-order mark); "
          + SAVE_AS_UTF8;
    }
    if (even > pairs / 4 && odd < even / 8) {
      return "this file is saved as UTF-16 text (big-endian, without a byte-order mark); "
          + SAVE_AS_UTF8;
    }
    return binary();
  }

  private static String binary() {
    return "this is not a text file: it holds binary data (zero bytes)" + COPY_TEXT;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithText(byte[] b, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
    int[] ints = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      ints[i] = p[i];
    }
    return startsWith(b, ints);
  }
}
