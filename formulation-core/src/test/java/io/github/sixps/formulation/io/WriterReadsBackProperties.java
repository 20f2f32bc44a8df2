package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.Review;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The writer never writes what the reader refuses: whatever it writes reads back equal, and
 * whatever it refuses it names by path, for hostile text (lone surrogates, control characters,
 * every script) at and around the reader's limits of text length and file size.
 */
class WriterReadsBackProperties {
  private static final int LIMIT = ReadLimits.defaults().maxStringLength();
  private final FormulationReader reader = FormulationReader.standard();
  private final FormulationWriter writer = FormulationWriter.standard();

  /** A place for one text, with the path the writer must name when it refuses it there. */
  private record Place(String path, Function<String, Formulation> put) {}

  private static final List<Place> PLACES = List.of(
      new Place("title", t -> base().title(t).build()),
      new Place("people[kim].name", t -> base().people(List.of(
          Person.of("kim", t, PersonRole.CHILD))).build()),
      new Place("plan.goals[G1].outcome", t -> base().plan(Plan.of(
          List.of(Goal.of("G1", t)), List.of())).build()),
      new Place("childsVoice[0].worries[1]", t -> base().childsVoice(List.of(
          ChildsVoice.of("kim", List.of("Maths.", t), List.of(), List.of()))).build()),
      new Place("reviews[0].scale", t -> base().reviews(List.of(
          Review.builder().scale(Map.of(t.isEmpty() ? "G" : t, 5)).build())).build()));

  @Property(tries = 300)
  void whatIsWrittenReadsBackAndWhatIsRefusedIsNamed(@ForAll("hostile") String text,
      @ForAll @IntRange(max = 4) int where) throws Exception {
    Place place = PLACES.get(where);
    Formulation f = place.put().apply(text);
    boolean unreadable = text.codePointCount(0, text.length()) > LIMIT
        || WritableText.loneSurrogate(text) >= 0;
    for (FileFormat format : FileFormat.values()) {
      String written;
      try {
        written = writer.write(f, format);
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage().contains(place.path() + ": "), e.getMessage());
        // Refused only for what a reader refuses: too long, half a character, or (YAML only)
        // escapes that make the line too long to read.
        assertTrue(unreadable || format == FileFormat.YAML
            && e.getMessage().contains("its line is longer than the limit"), e.getMessage());
        continue;
      }
      assertTrue(!unreadable, "wrote what a reader refuses");
      assertEquals(f, reader.read(written, format, "written." + format.extension()));
    }
  }

  @Property(tries = 30)
  void aFileAtTheSizeLimitIsWrittenOnlyIfItReadsBack(
      @ForAll @IntRange(min = 9, max = 11) int count,
      @ForAll @IntRange(min = 95_000, max = 100_000) int length) throws Exception {
    Formulation.Builder b = base();
    for (int i = 0; i < count; i++) {
      b.addFactor(Factor.of(FactorKind.PROTECTIVE, "S" + i,
          ("Strength " + i + " ").repeat(length / 10 + 1).substring(0, length)));
    }
    Formulation f = b.build();
    for (FileFormat format : FileFormat.values()) {
      String written;
      try {
        written = writer.write(f, format);
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage().contains("the file would be "), e.getMessage());
        // Refused only at the limit: the texts alone come near it.
        assertTrue((long) count * length > ReadLimits.defaults().maxBytes() - 20_000L,
            count + " x " + length);
        continue;
      }
      assertEquals(f, reader.read(written, format, "big." + format.extension()));
    }
  }

  @Test
  void theIssuesExamplesAreRefusedByPath() {
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
        () -> writer.write(base().title("a".repeat(LIMIT + 1)).build(), FileFormat.YAML));
    assertEquals("formulation: cannot be written as a file that can be read back: title: text"
        + " 100,001 characters long, past the limit of 100,000 that a reader takes",
        tooLong.getMessage());
    IllegalArgumentException cut = assertThrows(IllegalArgumentException.class,
        () -> writer.write(base().title("x\uD83Dy").build(), FileFormat.YAML));
    assertEquals("formulation: cannot be written as a file that can be read back: title: text"
        + " holding half of a character at character 2 (a lone surrogate, as when text is cut"
        + " inside an emoji); remove it or put back the whole character", cut.getMessage());
  }

  @Test
  void theReaderRefusesHalfACharacterAsTheWriterDoes() {
    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> reader.read("{\"schema\": \"sixps/1\", \"id\": \"F-1\","
            + " \"title\": \"x\\uD83Dy\"}", FileFormat.JSON, "cut.json"));
    assertEquals("title", e.problems().get(0).path());
    assertTrue(e.getMessage().contains("half of a character at character 2"), e.getMessage());
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
        Tuple.of(2, Arbitraries.integers().between(0, 0x1f)),
        Tuple.of(2, Arbitraries.integers().between(0x80, 0xffff)),
        Tuple.of(1, Arbitraries.integers().between(0xd800, 0xdfff)),
        Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10ffff)));
    Arbitrary<Integer> length = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 20)),
        Tuple.of(3, Arbitraries.integers().between(LIMIT - 2, LIMIT + 2)));
    return Combinators.combine(codePoint.list().ofMinSize(1).ofMaxSize(12), length)
        .as((run, n) -> {
          StringBuilder s = new StringBuilder();
          for (int i = 0; i < n; i++) {
            s.appendCodePoint(run.get(i % run.size()));
          }
          return s.toString();
        });
  }

  private static Formulation.Builder base() {
    return Formulation.builder().id("F-1").title("Formulation with Kim");
  }
}
