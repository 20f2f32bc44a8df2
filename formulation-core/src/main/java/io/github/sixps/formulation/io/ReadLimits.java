package io.github.sixps.formulation.io;

import com.google.common.base.MoreObjects;
import com.google.common.base.Preconditions;

/**
 * Bounds on what the reader accepts, so that a hostile or broken file is refused quickly instead
 * of exhausting memory or time. The defaults leave room for a formulation many times larger than
 * any real one: 1 MiB is about 50 times the largest worked example, and a file of that size
 * renders to every format, PDF included, within 1 GB of heap (docs/benchmarks.md, "Memory").
 * Raise the size limit only with the heap to match: a PDF needs about 300 MB of heap per MiB of
 * input.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxBytes(256 * 1024);
 * FormulationReader reader = FormulationReader.builder().limits(limits).build();
 * }</pre>
 *
 * <p>YAML anchors and aliases are never accepted, whatever the limits, so alias expansion
 * ("billion laughs") cannot happen.
 */
public final class ReadLimits {
  private static final ReadLimits DEFAULTS =
      new ReadLimits(1024 * 1024, 32, 100_000, 100);

  private final int maxBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxProblems;

  private ReadLimits(int maxBytes, int maxDepth, int maxStringLength, int maxProblems) {
    Preconditions.checkArgument(maxBytes > 0, "maxBytes must be positive, was %s", maxBytes);
    Preconditions.checkArgument(maxDepth > 0, "maxDepth must be positive, was %s", maxDepth);
    Preconditions.checkArgument(
        maxStringLength > 0, "maxStringLength must be positive, was %s", maxStringLength);
    Preconditions.checkArgument(
        maxProblems > 0, "maxProblems must be positive, was %s", maxProblems);
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxProblems = maxProblems;
  }

  /**
   * {@return the default limits: 1 MiB per file, nesting 32 deep, 100,000 characters per string,
   * and 100 problems reported per file}
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** {@return the largest input accepted, in bytes} */
  public int maxBytes() {
    return maxBytes;
  }

  /** {@return the deepest nesting of objects and lists accepted} */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * {@return the longest string accepted, in characters} Characters are counted as Unicode code
   * points, as the JSON Schema's {@code maxLength} counts them: an emoji such as 🙂 is one.
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * {@return the most problems reported for one file} Reading stops there, so that a file with
   * thousands of mistakes is refused quickly; {@link FormulationReadException#stoppedEarly()}
   * then says so.
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * A copy with another size limit, in bytes.
   *
   * @param value the largest input to accept, in bytes, more than 0
   * @return a copy of these limits with that size limit
   * @throws IllegalArgumentException if the value is 0 or less
   */
  public ReadLimits withMaxBytes(int value) {
    return new ReadLimits(value, maxDepth, maxStringLength, maxProblems);
  }

  /**
   * A copy with another nesting limit.
   *
   * @param value how deep objects and lists may nest, more than 0
   * @return a copy of these limits with that nesting limit
   * @throws IllegalArgumentException if the value is 0 or less
   */
  public ReadLimits withMaxDepth(int value) {
    return new ReadLimits(maxBytes, value, maxStringLength, maxProblems);
  }

  /**
   * A copy with another string length limit, in characters.
   *
   * @param value the longest string to accept, in characters (code points), more than 0
   * @return a copy of these limits with that string length limit
   * @throws IllegalArgumentException if the value is 0 or less
   */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxBytes, maxDepth, value, maxProblems);
  }

  /**
   * A copy with another limit on the problems reported for one file.
   *
   * @param value the most problems to report before reading stops, more than 0; 1 reports only
   *     the first
   * @return a copy of these limits with that limit on problems
   * @throws IllegalArgumentException if the value is 0 or less
   */
  public ReadLimits withMaxProblems(int value) {
    return new ReadLimits(maxBytes, maxDepth, maxStringLength, value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits
        && ((ReadLimits) o).maxBytes == maxBytes
        && ((ReadLimits) o).maxDepth == maxDepth
        && ((ReadLimits) o).maxStringLength == maxStringLength
        && ((ReadLimits) o).maxProblems == maxProblems;
  }

  @Override
  public int hashCode() {
    return ((maxBytes * 31 + maxDepth) * 31 + maxStringLength) * 31 + maxProblems;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("maxBytes", maxBytes)
        .add("maxDepth", maxDepth)
        .add("maxStringLength", maxStringLength)
        .add("maxProblems", maxProblems)
        .toString();
  }
}
