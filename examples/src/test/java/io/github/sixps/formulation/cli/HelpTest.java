package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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
  void commandsSayWhatTheyReplace() {
    for (String command : List.of("new", "convert", "redact")) {
      String help = run(command, "--help").out().replaceAll("\\s+", " ");
      assertTrue(help.contains("--force"), command);
    }
    assertTrue(run("convert", "--help").out().contains("--in-place"));
    for (String command : List.of("render", "blank", "diff", "schema")) {
      String help = run(command, "--help").out().replaceAll("\\s+", " ");
      assertTrue(help.contains("is replaced"), command + " says it replaces its earlier output");
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
