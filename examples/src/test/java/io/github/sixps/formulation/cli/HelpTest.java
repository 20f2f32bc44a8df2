package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The help reads like a short manual, within 80 columns, with examples for every command. */
class HelpTest {
  private static Set<String> commands() {
    return new TreeSet<>(new CommandLine(new FormulationCommand()).getSubcommands().keySet());
  }

  private static void assertFits(String help, String what) {
    List<String> wide = help.lines().filter(l -> l.length() > 80).collect(Collectors.toList());
    assertEquals(List.of(), wide, what + " has lines wider than 80 columns");
  }

  @Test
  void theManualSaysWhatItIsWhatToTryFirstAndWhereToReadMore() {
    Result r = run("--help");
    assertEquals(0, r.code());
    String help = r.out();
    assertFits(help, "formulation --help");
    for (String part : List.of("Rethink \"6Ps\" formulations", "Try these two first:",
        "  formulation demo\n", "  formulation new --out ", "Commands:", "  Start here\n",
        "Exit codes, the same for every command:", "70    something went wrong", "130   stopped by Ctrl-C",
        "Many files:", "More help:", "docs/", "README.md", "formulation help COMMAND")) {
      assertTrue(help.contains(part), part + " in\n" + help);
    }
    // The two commands to try come before the reference parts.
    assertTrue(help.indexOf("Try these two first:") < help.indexOf("Commands:"));
  }

  @Test
  void everyCommandIsInExactlyOneGroupInTheOrderShown() {
    List<String> grouped = new ArrayList<>();
    FormulationCommand.GROUPS.values().forEach(grouped::addAll);
    assertEquals(grouped.size(), new TreeSet<>(grouped).size(), "no command in two groups");
    assertEquals(commands(), new TreeSet<>(grouped));
    String help = run("--help").out();
    int last = -1;
    for (String group : FormulationCommand.GROUPS.keySet()) {
      int at = help.indexOf("\n  " + group + "\n");
      assertTrue(at > last, group + " in order");
      last = at;
      for (String command : FormulationCommand.GROUPS.get(group)) {
        assertTrue(help.indexOf("\n    " + command + " ") > at, command + " under " + group);
      }
    }
  }

  @Test
  void everyCommandHasItsOwnHelpWithWorkedExamples() {
    for (String command : commands()) {
      Result r = run(command, "--help");
      assertEquals(0, r.code(), command + ": " + r.err());
      assertEquals(r.out(), run("help", command).out(), "help " + command);
      assertFits(r.out(), command + " --help");
      if (command.equals("help")) {
        continue;
      }
      assertTrue(r.out().contains("\nExamples:\n"), command);
      assertTrue(r.out().contains("\n  formulation " + command), command + " examples");
      assertTrue(r.out().contains("Exit code"), command + " says its exit codes");
      assertTrue(r.out().startsWith(r.out().lines().findFirst().orElseThrow() + "\n\nUsage: "),
          command + " opens with its one-line summary");
    }
  }

  @Test
  void commandsThatTakeFilesSayTheyTakeMany() {
    for (String command : List.of("validate", "prioritise", "render", "convert", "redact")) {
      String help = run(command, "--help").out().replaceAll("\\s+", " ");
      assertTrue(help.contains("Give as many files and folders as you like"), command);
    }
  }

  @Test
  void theDemoSaysItChecksAsOfEachExamplesOwnDate() {
    String help = run("demo", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("checked as of its own latest date, its last review or else the "
        + "day it was formulated"), help);
    assertTrue(help.contains("index.html"), help);
  }

  @Test
  void blankListsOnlyTheOptionsBlankUses() {
    String help = run("blank", "--help").out();
    for (String option : List.of("--to", "--audience", "--terminology", "--marking",
        "--fragment", "--archival", "--out", "--help", "--debug")) {
      assertTrue(help.contains(option), option + " in\n" + help);
    }
    // A worksheet always teaches and has no view or date; those are render's.
    for (String option : List.of("--teaching", "--view", "--as-of", "--previous")) {
      assertFalse(help.contains(option), option + " in\n" + help);
      assertTrue(run("render", "--help").out().contains(option), option);
    }
  }

  @Test
  void everyExampleCanBeCopiedAsItIsPrinted() {
    for (String command : commands()) {
      List<String> lines = run(command, "--help").out().lines().toList();
      int examples = lines.indexOf("Examples:");
      for (int i = examples + 1; examples >= 0 && i + 1 < lines.size(); i++) {
        // A line that goes on below (indented further) must say so, or a shell runs two.
        if (lines.get(i).startsWith("  formulation") || (lines.get(i).startsWith("      ")
            && !lines.get(i).strip().startsWith("("))) {
          // A note in brackets under an example is not part of it.
          boolean goesOn = lines.get(i + 1).startsWith("      ")
              && !lines.get(i + 1).strip().startsWith("(");
          assertEquals(goesOn, lines.get(i).endsWith(" \\"), command + ": " + lines.get(i));
        }
      }
    }
  }

  /** Every word a {@code --to} could be given as, taken or not. */
  private static final List<String> FORMAT_WORDS =
      List.of("md", "html", "pdf", "brf", "text", "json", "yaml", "docx");

  /**
   * The formats a command's {@code --to} takes, found by running it with each: a format it
   * refuses is a usage mistake (exit 2) that names the format; anything else (a missing input,
   * a written file) means the format was taken.
   */
  private static Set<String> formatsTaken(String command, Path dir) {
    CommandLine.Model.CommandSpec spec = new CommandLine(new FormulationCommand())
        .getSubcommands().get(command).getCommandSpec();
    Set<String> taken = new TreeSet<>();
    for (String format : FORMAT_WORDS) {
      List<String> args = new ArrayList<>(List.of(command, "--to", format));
      if (spec.findOption("--out") != null) {
        args.addAll(List.of("--out", dir.resolve(command + "-out." + format).toString()));
      }
      int inputs = spec.positionalParameters().stream()
          .mapToInt(p -> Math.max(p.arity().min(), 0)).sum();
      for (int i = 0; i < inputs; i++) {
        args.add(dir.resolve("missing-" + i + ".yaml").toString());
      }
      Result r = run(args.toArray(new String[0]));
      boolean refused = r.code() == 2 && r.err().contains(format);
      if (!refused) {
        taken.add(format);
      }
    }
    return taken;
  }

  @Test
  void everyCommandsHelpListsExactlyTheFormatsItTakes(@TempDir Path dir) {
    for (String command : commands()) {
      CommandLine sub = new CommandLine(new FormulationCommand()).getSubcommands().get(command);
      if (sub.getCommandSpec().findOption("--to") == null) {
        continue;
      }
      // The help as the program prints it, with any command's own list put in.
      String help = run(command, "--help").out();
      List<String> lines = help.lines().toList();
      int at = 0;
      while (!lines.get(at).matches("\\s+(-\\w, )?--to=\\S+\\s{2,}\\S.*")) {
        at++;
      }
      StringBuilder to = new StringBuilder(lines.get(at));
      while (++at < lines.size() && !lines.get(at).isBlank()
          && !lines.get(at).strip().startsWith("-")) {
        to.append(' ').append(lines.get(at).strip());
      }
      Set<String> listed = new TreeSet<>();
      for (String word : to.toString().split("[^a-z]+")) {
        if (FORMAT_WORDS.contains(word)) {
          listed.add(word);
        }
      }
      assertEquals(formatsTaken(command, dir), listed, command + "'s --to in\n" + to);
    }
  }

  /** The exit codes a command's help names in its "Exit code ..." sentence. */
  private static Set<Integer> exitCodesNamed(String help) {
    String sentence = help.substring(help.indexOf("Exit code")).replaceAll("\\s+", " ");
    sentence = sentence.substring(0, sentence.indexOf('.') + 1);
    Set<Integer> codes = new TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b\\d+\\b")
        .matcher(sentence);
    while (m.find()) {
      codes.add(Integer.parseInt(m.group()));
    }
    return codes;
  }

  @Test
  void everyCommandsHelpNamesTheExitCodesItGives() {
    Set<Integer> known = Set.of(ExitCode.OK, ExitCode.FINDINGS, ExitCode.USAGE,
        ExitCode.UNREADABLE, ExitCode.UNWRITABLE, ExitCode.INTERNAL, 130, 143);
    for (String command : commands()) {
      if (command.equals("help")) {
        continue;
      }
      Set<Integer> named = exitCodesNamed(run(command, "--help").out());
      assertTrue(known.containsAll(named), command + " names " + named);
      // Every command can be given a wrong command line.
      Result wrong = run(command, "--no-such-option");
      assertEquals(ExitCode.USAGE, wrong.code(), command);
      assertTrue(named.contains(ExitCode.USAGE), command + "'s help leaves out 2: " + named);
    }
    // serve runs until it is stopped: by Ctrl-C (130), never on its own with 0.
    Set<Integer> serve = exitCodesNamed(run("serve", "--help").out());
    assertTrue(serve.contains(130), serve.toString());
    assertFalse(serve.contains(ExitCode.OK), serve.toString());
    // A file that is not there is an input that cannot be read.
    for (String command : List.of("validate", "prioritise", "render", "convert", "redact",
        "diff")) {
      assertTrue(exitCodesNamed(run(command, "--help").out()).contains(ExitCode.UNREADABLE),
          command);
    }
    assertTrue(exitCodesNamed(run("validate", "--help").out()).contains(ExitCode.FINDINGS));
    // An output that cannot be written (under /dev/null, which is no folder) gives 4, and the
    // help of every command that writes one says so.
    String good = CommandLineTest.AHMED.toString();
    Map<String, List<String>> writing = Map.of(
        "new", List.of("--out", "/dev/null/new.yaml"),
        "blank", List.of("--to", "md", "--out", "/dev/null/blank.md"),
        "schema", List.of("--out", "/dev/null/schema.json"),
        "terminology", List.of("--out", "/dev/null/words.yaml"),
        "render", List.of(good, "--to", "md", "--out", "/dev/null/out"),
        "convert", List.of(good, "--to", "json", "--out", "/dev/null/out.json"),
        "redact", List.of(good, "--out", "/dev/null/out.yaml"),
        "diff", List.of(good, good, "--out", "/dev/null/diff.txt"));
    writing.forEach((command, args) -> {
      List<String> line = new ArrayList<>(List.of(command));
      line.addAll(args);
      Result r = run(line.toArray(new String[0]));
      assertEquals(ExitCode.UNWRITABLE, r.code(), command + ": " + r.err());
      assertTrue(exitCodesNamed(run(command, "--help").out()).contains(ExitCode.UNWRITABLE),
          command + "'s help leaves out 4");
    });
  }

  @Test
  void renderAndTheTrainersGuideNameTheSupervisionFileAsItIsWritten() throws Exception {
    RenderChoices choices = RenderChoices.of(RenderChoices.Format.PDF,
        io.github.sixps.formulation.render.Audience.PRACTITIONER, false, null);
    choices.view = io.github.sixps.formulation.render.View.SUPERVISION;
    String help = run("render", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains(choices.outputName(Path.of("NAME.yaml"))), help);
    choices.audience = io.github.sixps.formulation.render.Audience.FAMILY;
    assertTrue(help.contains(choices.outputName(Path.of("NAME.yaml"))), help);
    String guide = java.nio.file.Files.readString(Path.of("../docs/trainers-guide.md"));
    choices.audience = null;
    assertTrue(guide.contains("supervision/" + choices.outputName(Path.of("begum.yaml"))));
  }

  @Test
  void commandsSayWhatTheyReplace() {
    for (String command : List.of("new", "convert", "redact")) {
      String help = run(command, "--help").out().replaceAll("\\s+", " ");
      assertTrue(help.contains("--force"), command);
    }
    assertTrue(run("convert", "--help").out().contains("--in-place"));
    // The commands that Replacing.documents guards, as README lists them.
    for (String command : List.of("render", "blank", "diff", "schema", "terminology", "demo")) {
      String help = run(command, "--help").out().replaceAll("\\s+", " ");
      assertTrue(help.contains("unchanged since"),
          command + " says it replaces its own earlier output, if unchanged since");
    }
  }

  @Test
  void aUsageErrorPointsAtHelpThatWorks() {
    Result r = run("render", "--to", "md");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Run 'formulation render --help' to see how to use it."),
        r.err());
    assertEquals(0, run("render", "--help").code());
  }
}
