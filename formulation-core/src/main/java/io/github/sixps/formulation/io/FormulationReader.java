package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.google.common.base.Preconditions;
import io.github.sixps.formulation.model.Formulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads formulations from YAML and JSON files in the {@code sixps/1} format, every minor
 * version up to 1.1 ({@code sixps/1} is 1.0; 1.1 added the chronology and the family tree). A
 * file of a newer minor version, such as {@code sixps/1.2}, is refused by name, with what this
 * reader reads and that SixPs needs updating to read it; a file that uses a key of 1.1 but says
 * {@code sixps/1} is refused at that key, with the line to write.
 *
 * <p>Reading is strict: an unknown or repeated key, a value of the wrong type, an unknown
 * enumerated value, a malformed date or a file past the {@linkplain ReadLimits limits} is a
 * {@link FormulationReadException}, which lists every such problem in the file at once, each
 * naming the file, line, column and path, with "did you mean" where a known key or value is
 * close. Broken YAML is explained with the fix, and a file that is not UTF-8 text (a Word
 * document, a PDF, UTF-16) is named for what it is. Drafts are read as they are: blank text and
 * references to ids that do not exist are left for the validator to judge.
 *
 * <p>In YAML, a plain value in a text field is the text as written ({@code title: no} is
 * "no", {@code statement: 12:30} is "12:30"), and a whole number may be written {@code 7.0}.
 * The reader accepts what the published JSON Schema accepts.
 *
 * <p>Like Jackson's {@code ObjectReader}, a reader is configured once and then shared: it is
 * immutable and safe to use from many threads at once.
 *
 * <pre>{@code
 * FormulationReader reader = FormulationReader.standard();
 * Formulation f = reader.read(Path.of("ahmed.yaml"));
 * }</pre>
 */
public final class FormulationReader {
  private static final FormulationReader STANDARD = builder().build();

  private final ReadLimits limits;
  private final int newestMinor;
  private final JsonFactory json;
  private final YAMLFactory yaml;

  private FormulationReader(Builder b) {
    limits = b.limits;
    newestMinor = b.newestMinor;
    // The parsers count UTF-16 units, and an emoji is two of them: they stop only what is surely
    // too long, and the cursor counts code points exactly, as the schema's maxLength does.
    int maxUnits = (int) Math.min(Integer.MAX_VALUE, 2L * limits.maxStringLength());
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth() + 1)
        .maxStringLength(maxUnits)
        .maxNameLength(maxUnits)
        .build();
    json = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(limits.maxBytes());
    loader.setNestingDepthLimit(limits.maxDepth() + 1);
    loader.setMaxAliasesForCollections(0);
    yaml = YAMLFactory.builder()
        .loaderOptions(loader)
        // On by default in new YAMLFactory() but not in a builder's: without it, "key:" with no
        // value and a bare "-" list entry would read as empty text instead of as nothing.
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .streamReadConstraints(constraints)
        .build();
  }

  /** {@return a reader with the {@linkplain ReadLimits#defaults() default limits}} */
  public static FormulationReader standard() {
    return STANDARD;
  }

  /** {@return a builder starting from the standard settings} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the limits this reader applies} */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a file, in the format its name ends with ({@code .yaml}, {@code .yml} or {@code .json}).
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file holding one formulation
   * @return the formulation, exactly as written, drafts included
   * @throws FormulationReadException if the file is not a well-formed formulation
   * @throws IOException if the file cannot be read at all
   */
  public Formulation read(Path file) throws IOException {
    return readFile(file, false).formulation();
  }

  /** Reads a file whose format its name says, refusing one past the size limit unread. */
  private Read readFile(Path file, boolean lenient) throws IOException {
    Preconditions.checkNotNull(file, "file");
    String source = file.toString();
    FileFormat format = FileFormat.of(file).orElseThrow(() -> new FormulationReadException(
        source, 0, 0, "", "cannot tell the format from the file name; name it .yaml, .yml or"
        + " .json", null));
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      throw tooLarge(source, size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(SourceText.decode(readBounded(in, source), source), format, source, lenient);
    }
  }

  /**
   * Reads a file as {@link #read(Path)} does, and also a file of a newer minor version of
   * {@code sixps/1} than this reader knows, for a rolling upgrade, where a newer SixPs may have
   * saved a file that this one still reads. From such a file each key this reader does not know
   * is a warning, with its path, and its value is kept as written, for {@link
   * FormulationWriter#write(Formulation, FileFormat, UnknownKeys)} to write back. A file of this
   * reader's version or older is read as strictly as ever: an unknown key in it is a mistake.
   *
   * <pre>{@code
   * LenientRead read = FormulationReader.standard().readLeniently(Path.of("ahmed.yaml"));
   * read.warnings().forEach(System.err::println);
   * Formulation edited = read.formulation().withTitle("Amira and family");
   * String yaml = FormulationWriter.standard().write(edited, FileFormat.YAML,
   *     read.unknownKeys());
   * }</pre>
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file holding one formulation
   * @return the formulation, the warnings and the keys kept
   * @throws FormulationReadException if the file is not a well-formed formulation, or of a newer
   *     major version
   * @throws IOException if the file cannot be read at all
   */
  public LenientRead readLeniently(Path file) throws IOException {
    return lenient(readFile(file, true));
  }

  /**
   * Reads text as {@link #read(String, FileFormat, String)} does, and leniently as {@link
   * #readLeniently(Path)} says.
   *
   * @param text the whole document
   * @param format whether the text is YAML or JSON
   * @param source the name to use in messages, such as the file name
   * @return the formulation, the warnings and the keys kept
   * @throws FormulationReadException if the text is not a well-formed formulation, or of a newer
   *     major version
   */
  public LenientRead readLeniently(String text, FileFormat format, String source)
      throws FormulationReadException {
    return lenient(readText(text, format, source, true));
  }

  private static LenientRead lenient(Read read) {
    Cursor c = read.cursor();
    if (!c.isNewerMinor()) {
      return new LenientRead(read.formulation(), java.util.List.of(), UnknownKeys.none());
    }
    java.util.List<ReadProblem> warnings = new java.util.ArrayList<>();
    java.util.List<UnknownKeys.Key> kept = new java.util.ArrayList<>();
    String label = FormatVersion.label(c.fileMinor());
    warnings.add(ReadProblem.of(c.source(), Math.max(0, c.newerAt().getLineNr()),
        Math.max(0, c.newerAt().getColumnNr()), c.newerPath(), "this file is in format " + label
        + ", newer than this version of SixPs reads (" + FormatVersion.readable(c.newestMinor())
        + "); it was read leniently, and each key this version does not know is kept as written"
        + " (update SixPs to read it whole)", null));
    for (Cursor.Unknown u : c.unknownKeys()) {
      warnings.add(ReadProblem.of(c.source(), Math.max(0, u.at().getLineNr()),
          Math.max(0, u.at().getColumnNr()), u.path(), Echo.quoted(u.key()) + " in " + u.noun()
          + " is not a key this version of SixPs knows; it is kept as written", null));
      kept.add(new UnknownKeys.Key(u.object(), u.key(), u.path(), u.value()));
    }
    return new LenientRead(read.formulation(), warnings,
        UnknownKeys.of(label, kept));
  }

  /** A formulation read, and the cursor that read it. */
  private record Read(Formulation formulation, Cursor cursor) {}

  /**
   * Reads a formulation from a stream of UTF-8 text. The stream is read to its end but not
   * closed.
   *
   * @param in the stream to read; the caller closes it
   * @param format whether the text is YAML or JSON
   * @param source the name to use in messages, such as the file name
   * @return the formulation, exactly as written, drafts included
   * @throws FormulationReadException if the text is not a well-formed formulation
   * @throws IOException if the stream cannot be read
   */
  public Formulation read(InputStream in, FileFormat format, String source) throws IOException {
    Preconditions.checkNotNull(in, "in");
    Preconditions.checkNotNull(format, "format");
    Preconditions.checkNotNull(source, "source");
    return parse(readBounded(in, source), format, source);
  }

  /**
   * Reads a formulation from text.
   *
   * @param text the whole document
   * @param format whether the text is YAML or JSON
   * @param source the name to use in messages, such as the file name
   * @return the formulation, exactly as written, drafts included
   * @throws FormulationReadException if the text is not a well-formed formulation
   */
  public Formulation read(String text, FileFormat format, String source)
      throws FormulationReadException {
    return readText(text, format, source, false).formulation();
  }

  /** Reads text in memory, refusing text past the size limit unread. */
  private Read readText(String text, FileFormat format, String source, boolean lenient)
      throws FormulationReadException {
    Preconditions.checkNotNull(text, "text");
    Preconditions.checkNotNull(format, "format");
    Preconditions.checkNotNull(source, "source");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(source, bytes.length);
    }
    try {
      return parse(SourceText.of(text), format, source, lenient);
    } catch (FormulationReadException e) {
      throw e;
    } catch (IOException e) {
      // Parsing text in memory does no I/O of its own; anything else is a malformed document.
      throw new FormulationReadException(source, 0, 0, "", ParseFailures.plain(e), null);
    }
  }

  private byte[] readBounded(InputStream in, String source) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > limits.maxBytes()) {
        throw tooLarge(source, -1);  // stop here: the stream may go on much further
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** The size, when known, is given in bytes; -1 when only the limit is known to be passed. */
  private FormulationReadException tooLarge(String source, long size) {
    String limit = describeSize(limits.maxBytes());
    String actual = size < 0 ? limit : describeSize(size);
    // Just past the limit, both may round to the same "1 MiB": then say only which is larger.
    return new FormulationReadException(source, 0, 0, "", actual.equals(limit)
        ? "the file is larger than the limit of " + limit
        : "the file is " + actual + "; the limit is " + limit, null);
  }

  /**
   * A size in the units the documentation uses for the limit ("1 MiB"), to one decimal place
   * only where it tells: "1 MiB", "1.5 MiB", "20 MiB".
   */
  private static String describeSize(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0))
          .replaceFirst("\\.0$", "") + " MiB";
    }
    return bytes >= 1024 ? (bytes / 1024) + " KiB" : bytes + " bytes";
  }

  private Formulation parse(byte[] bytes, FileFormat format, String source) throws IOException {
    // Decoded here, strictly, rather than by the parsers: one clear message for a file that is
    // not UTF-8 text, and no reliance on the YAML parser's own byte decoding.
    return parse(SourceText.decode(bytes, source), format, source);
  }

  private Formulation parse(SourceText text, FileFormat format, String source)
      throws IOException {
    return parse(text, format, source, false).formulation();
  }

  private Read parse(SourceText text, FileFormat format, String source, boolean lenient)
      throws IOException {
    if (format == FileFormat.YAML) {
      checkLineLengths(text.text(), source, limits);
    }
    JsonFactory factory = format == FileFormat.YAML ? yaml : json;
    JsonParser parser;
    try {
      parser = factory.createParser(text.text());
    } catch (IOException | RuntimeException e) {
      FormulationReadException failed = new FormulationReadException(source, 0, 0, "",
          ParseFailures.parserFault(format, e), null);
      failed.initCause(e);
      throw failed;
    }
    try {
      return read(parser, text, format, source, lenient);
    } finally {
      try {
        parser.close();
      } catch (IOException | RuntimeException e) {
        // The text is in memory: closing frees nothing that matters, and a fault in it must
        // not hide what the read found.
      }
    }
  }

  /**
   * Reads a document from a parser, turning every failure of the parser into a located
   * {@link FormulationReadException}: its own exceptions, and any other it throws through a fault
   * of its own.
   */
  Formulation read(JsonParser parser, SourceText text, FileFormat format, String source)
      throws FormulationReadException {
    return read(parser, text, format, source, false).formulation();
  }

  private Read read(JsonParser parser, SourceText text, FileFormat format, String source,
      boolean lenient) throws FormulationReadException {
    Cursor cursor = new Cursor(parser, text, source, limits, newestMinor, lenient);
    try {
      return new Read(Sixps1Format.read(cursor), cursor);
    } catch (FormulationReadException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // A runtime exception too: a fault in a parser, such as SnakeYAML 2.3's
      // IndexOutOfBoundsException on some long lines, is still a located problem with the file.
      throw new ParseFailures(cursor, text, format, limits).convert(e);
    }
  }

  /** {@return the longest line of YAML read: twice the longest text, and room for its key} */
  static long maxLineLength(ReadLimits limits) {
    return 2L * limits.maxStringLength() + 1024;
  }

  /**
   * Refuses a YAML line long enough to be slow to parse: SnakeYAML copies its look-ahead window
   * each time it reads more of a token, so one line of megabytes takes it minutes. A line may be
   * twice as long as the longest text allowed, leaving room for its key, quotes and escapes.
   */
  static void checkLineLengths(String text, String source, ReadLimits limits)
      throws FormulationReadException {
    long maxLine = maxLineLength(limits);
    if (text.length() <= maxLine) {
      // No line can be longer than the whole text: nearly every file is done here, unread.
      return;
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : '\n';
      if (ch != '\n' && ch != '\r') {
        continue;
      }
      if (i - start > maxLine) {
        throw new FormulationReadException(source, line, 1, "", "this line is longer than the"
            + " limit of " + maxLine + " characters for a line of YAML (twice the limit of "
            + limits.maxStringLength() + " for a text value, and room for its key)", null);
      }
      if (ch == '\n' || i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
        line++;
      }
      start = i + 1;
    }
  }

  /** Configures a {@link FormulationReader}. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();
    private int newestMinor = FormatVersion.NEWEST;

    private Builder() {}

    /**
     * Reads as the SixPs that knew {@code sixps/1} only up to minor version {@code minor} did:
     * its keys only, and a file of a later version refused by name. For tests of what an older
     * reader makes of a newer file.
     */
    Builder readsUpTo(int minor) {
      Preconditions.checkArgument(minor >= 0 && minor <= FormatVersion.NEWEST, "minor: %s",
          minor);
      newestMinor = minor;
      return this;
    }

    /**
     * Sets the limits on what is accepted; {@link ReadLimits#defaults()} by default.
     *
     * @param value the largest file, deepest nesting and longest string to accept
     * @return this builder
     */
    public Builder limits(ReadLimits value) {
      limits = Preconditions.checkNotNull(value, "limits");
      return this;
    }

    /** {@return the reader} */
    public FormulationReader build() {
      return new FormulationReader(this);
    }
  }
}
