package io.github.sixps.formulation.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.ResultsJson;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.prioritise.RankedFactor;
import io.github.sixps.formulation.prioritise.Ranking;
import io.github.sixps.formulation.prioritise.Weights;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code formulation prioritise FILE}: ranks the perpetuating factors of a formulation and says
 * why each is where it is.
 */
@Command(
    name = "prioritise",
    header = "Ranks what keeps things going, with a reason for each place.",
    sortOptions = false,
    description = {
        "Ranks the perpetuating factors (what keeps things going) in the order to work on them, "
            + "with a plain-English reason for every place.",
        "Safety first: a factor with urgency 5 goes above the rest. Then the score, highest "
            + "first: each rating from 1 to 5 times its weight, plus the reach weight for each "
            + "presenting issue it keeps going. Ties go to the factor keeping more presenting "
            + "issues going, then to the one written first. Factors not yet rated come last, as "
            + "written. A rank set by hand (priority.pin) is kept, and the rest close up around "
            + "it.",
        "docs/ranking.md walks through an example by hand.",
        InputFiles.MANY + " With more than one file, each table comes under its file's "
            + "name, and --format json gives an array with one ranking for each file."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation prioritise family.yaml",
        "  formulation prioritise family.yaml --top 2",
        "  formulation prioritise family.yaml --weights familyPriority=4,changeability=1",
        "  formulation prioritise family.yaml --format json > ranking.json",
        "  formulation prioritise cases/",
        "",
        "Exit code 0 when every file was ranked, 2 when the command line was wrong,",
        "3 when a file could not be read."
    })
final class PrioritiseCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How the ranking is written. */
  enum Format {
    TEXT, JSON
  }

  // The table fits a wide terminal; the statement is shortened and the reasons wrap.
  private static final int WIDTH = 110;
  private static final int STATEMENT_WIDTH = 32;
  private static final int ID_WIDTH = 10;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "The formulations to rank: files or folders.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a table, the default) or json (for programs).")
  Format format;

  @Option(names = "--weights", paramLabel = "NAME=N,...", converter = WeightsConverter.class,
      description = "Weights of the score, each a whole number from 0 to 100; names left out "
          + "keep the standard weight. Standard: impact=3,urgency=3,changeability=2,"
          + "familyPriority=2,reachPerIssue=1.")
  Weights weights;

  @Option(names = "--top", paramLabel = "N",
      description = "How many factors count as the top ones to focus the plan on; 3 if left "
          + "out.")
  Integer top;

  /** Reads {@code --weights} through {@link Weights#parse}, whose messages name the bad pair. */
  static final class WeightsConverter implements CommandLine.ITypeConverter<Weights> {
    @Override
    public Weights convert(String value) {
      try {
        return Weights.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() {
    Prioritiser.Builder method = Prioritiser.builder();
    if (weights != null) {
      method.weights(weights);
    }
    if (top != null) {
      if (top < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--top must be 1 or more, but was " + top);
      }
      method.top(top);
    }
    Prioritiser prioritiser = method.build();
    Batch batch = Batch.of(spec, common.debug);
    List<Path> files = batch.files(paths);
    boolean many = files.size() > 1 || paths.stream().anyMatch(Files::isDirectory);
    List<Batch.Done<Path, String>> done = batch.read(files, FormulationReader.standard(),
        (file, formulation, work) -> {
          Ranking ranking = prioritiser.rank(formulation);
          if (format == Format.JSON) {
            return json(formulation, prioritiser, ranking);
          }
          if (many) {
            // Each table under the name of its file, with a line between one and the next.
            work.out().println(TerminalText.clean(file.toString()));
          }
          work.out().print(text(formulation, prioritiser, ranking));
          if (many) {
            work.out().println();
          }
          return null;
        });
    if (format == Format.JSON) {
      List<String> rankings = done.stream().map(Batch.Done::value).flatMap(Optional::stream)
          .collect(Collectors.toList());
      PrintWriter out = spec.commandLine().getOut();
      out.print(many ? jsonArray(rankings) : String.join("", rankings));
      out.flush();
    }
    return batch.finish();
  }

  /** Rankings, each a JSON object of its own, as one JSON array. */
  static String jsonArray(List<String> objects) {
    return objects.stream()
        .map(o -> o.strip().lines().map(l -> "  " + l).collect(Collectors.joining("\n")))
        .collect(Collectors.joining(",\n", "[\n", objects.isEmpty() ? "]\n" : "\n]\n"));
  }

  static String text(Formulation formulation, Prioritiser prioritiser, Ranking ranking) {
    StringBuilder s = new StringBuilder();
    String title = TerminalText.clean(formulation.title());
    String id = TerminalText.clean(formulation.id());
    s.append(title.isEmpty() ? (id.isEmpty() ? "Untitled formulation" : id)
        : title + (id.isEmpty() ? "" : " (" + id + ")")).append('\n');
    if (ranking.factors().isEmpty()) {
      s.append("No perpetuating factors to rank yet.\n");
      return s.toString();
    }
    s.append("Perpetuating factors, most important first. Weights: ")
        .append(prioritiser.weights()).append(". Safety first at urgency ")
        .append(prioritiser.safetyThreshold()).append(" or more.\n\n");

    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Rank", "Id", "Statement", "Score", "Band", "Why"});
    for (RankedFactor r : ranking.factors()) {
      rows.add(new String[] {
          Integer.toString(r.rank()),
          TerminalText.shorten(TerminalText.clean(r.id()), ID_WIDTH),
          TerminalText.shorten(TerminalText.clean(r.factor().statement()), STATEMENT_WIDTH),
          r.score().map(String::valueOf).orElse("-"),
          r.band().label(),
          TerminalText.clean(r.explanation())});
    }
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], TerminalText.width(row[c]));
      }
    }
    int indent = 0;
    for (int w : widths) {
      indent += w + 2;
    }
    int whyWidth = Math.max(30, WIDTH - indent);
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        // Scores are numbers, so they line up on the right; the rest read from the left.
        line.append(c == 3
                ? TerminalText.padLeft(row[c], widths[c])
                : TerminalText.padRight(row[c], widths[c]))
            .append("  ");
      }
      List<String> why = TerminalText.wrap(row[5], whyWidth);
      line.append(why.get(0));
      s.append(line.toString().stripTrailing()).append('\n');
      for (String more : why.subList(1, why.size())) {
        s.append(" ".repeat(indent)).append(more).append('\n');
      }
    }
    s.append('\n').append("Top ").append(ranking.top().size()).append(" to focus the plan on: ")
        .append(ranking.top().stream()
            .map(r -> TerminalText.shorten(TerminalText.clean(r.id()), ID_WIDTH))
            .collect(Collectors.joining(", ")))
        .append('\n');
    return s.toString();
  }

  static String json(Formulation formulation, Prioritiser prioritiser, Ranking ranking) {
    try {
      return JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withObjectIndenter(new DefaultIndenter("  ", "\n")))
          .writeValueAsString(ResultsJson.ranking(formulation, prioritiser, ranking)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
  }
}
