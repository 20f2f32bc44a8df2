package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.spelling.NearestMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A mistake on the command line in formulation's own words, never picocli's or Java's: what was
 * wrong, what is allowed, and an example, with a "did you mean" for a mistyped command, option
 * or choice. The examples come from the command's own help where it has one.
 *
 * <pre>
 * --as-of 2026-02-30: that is not a date: February has 28 days. For example: --as-of 2026-12-01
 * 'valdate' is not a command; did you mean 'validate'? The commands are demo, new, ...
 * render needs --to FORMAT: md, html or pdf. For example: formulation render good.yaml --to html
 * </pre>
 */
final class UsageMistakes {
  private UsageMistakes() {}

  /**
   * The mistake in plain words: one line, or two when an example follows.
   *
   * @param args the command line as given, for examples built from it
   */
  static String describe(ParameterException ex, String[] args) {
    CommandSpec command = ex.getCommandLine().getCommandSpec();
    if (ex instanceof CommandLine.UnmatchedArgumentException) {
      return unmatched((CommandLine.UnmatchedArgumentException) ex, command);
    }
    Optional<String> stray = strayOption(command, args);
    if (stray.isPresent()) {
      // Picocli finds a missing --to before an unknown --too; the typo is what to fix first.
      return notAnOption(stray.get(), command, args);
    }
    if (ex instanceof CommandLine.MissingParameterException) {
      return missing(((CommandLine.MissingParameterException) ex).getMissing(), command, args);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException) {
      ArgSpec twice = ((CommandLine.OverwrittenOptionException) ex).getOverwritten();
      return name(twice) + " is given more than once; give it once, with the value you mean.";
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      return badValue(ex, arg, ex.getValue(), command);
    }
    String message = String.valueOf(ex.getMessage()).replaceFirst("^Error: ", "");
    if (message.startsWith("Unknown subcommand") && ex.getValue() != null) {
      // From 'formulation help NAME'.
      return unknownCommand(ex.getValue(), command.root());
    }
    return message;
  }

  private static String unmatched(CommandLine.UnmatchedArgumentException ex,
      CommandSpec command) {
    List<String> unmatched = ex.getUnmatched();
    String first = unmatched.isEmpty() ? "" : unmatched.get(0);
    if (optionLike(first)) {
      return notAnOption(first, command, null);
    }
    if (command.parent() == null) {
      return unknownCommand(first, command);
    }
    List<String> labels = command.positionalParameters().stream()
        .map(p -> p.paramLabel()).collect(Collectors.toList());
    String extra = unmatched.stream().map(u -> "'" + clean(u) + "'")
        .collect(Collectors.joining(" "));
    if (labels.isEmpty()) {
      return command.name() + " takes no files or other words, but was given "
          + extra + "; its options each start with --.";
    }
    return command.name() + " takes " + String.join(" and ", labels)
        + ", and was given more: " + extra + ".";
  }

  private static boolean optionLike(String word) {
    return word.startsWith("-") && word.length() > 1 && !word.matches("-[0-9].*");
  }

  /**
   * The first word after the command that looks like an option the command does not have, such
   * as {@code --too}; none after a {@code --}, which ends the options.
   */
  private static Optional<String> strayOption(CommandSpec command, String[] args) {
    if (command.parent() == null) {
      return Optional.empty();
    }
    int at = Arrays.asList(args).indexOf(command.name());
    for (int i = at + 1; at >= 0 && i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      String name = args[i].contains("=") ? args[i].substring(0, args[i].indexOf('='))
          : args[i];
      if (optionLike(name) && command.findOption(name) == null) {
        return Optional.of(args[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * A word that is not an option of the command, named first, with the option it is near and,
   * when the command line is known, that line with the option put right.
   */
  private static String notAnOption(String word, CommandSpec command, String[] args) {
    String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
    List<String> names = command.options().stream()
        .flatMap(o -> Arrays.stream(o.names())).filter(n -> n.startsWith("--"))
        .collect(Collectors.toList());
    Optional<String> near = NearestMatch.among(name, names);
    if (near.isPresent()) {
      String fixed = "";
      if (args != null) {
        // The line as given with the typo put right, never the typo again.
        List<String> words = new ArrayList<>();
        words.add("formulation");
        for (String a : args) {
          words.add(a.equals(word) ? near.get() + word.substring(name.length()) : quoted(a));
        }
        fixed = "\nFor example: " + String.join(" ", words);
      }
      return "'" + clean(name) + "' is not an option of " + command.name() + "; did you mean "
          + near.get() + "?" + fixed;
    }
    List<String> others = command.parent() == null ? List.of()
        : command.parent().subcommands().values().stream()
            .filter(c -> c.getCommandSpec().findOption(name) != null)
            .map(c -> c.getCommandSpec().name()).distinct().collect(Collectors.toList());
    return "'" + clean(name) + "' is not an option of " + command.name()
        + (others.isEmpty() ? "." : ", only of " + or(others, "and") + ".");
  }

  private static String unknownCommand(String word, CommandSpec root) {
    List<String> commands = new ArrayList<>(root.subcommands().keySet());
    return "'" + clean(word) + "' is not a command"
        + NearestMatch.among(word, commands).map(n -> "; did you mean '" + n + "'?")
            .orElse(".")
        + " The commands are " + or(commands, "and") + ".";
  }

  private static String missing(List<ArgSpec> missing, CommandSpec command, String[] args) {
    List<String> needs = new ArrayList<>();
    List<String> examples = new ArrayList<>();
    for (ArgSpec arg : missing) {
      String about = about(arg);
      if (arg.isOption() && given((OptionSpec) arg, args)) {
        return name(arg) + " needs a value after it: " + arg.paramLabel()
            + (about.isEmpty() ? "" : " (" + about + ")") + ".\nFor example: " + name(arg)
            + " " + example(arg, command);
      }
      needs.add(name(arg) + (arg.isOption() ? " " + arg.paramLabel() : "")
          + (about.isEmpty() ? "" : " (" + about + ")"));
      if (arg.isOption()) {
        examples.add(name(arg) + " " + example(arg, command));
      }
    }
    String example;
    if (examples.isEmpty()) {
      example = firstExample(command).orElse("");
    } else {
      List<String> words = new ArrayList<>();
      words.add("formulation");
      Arrays.stream(args).map(UsageMistakes::quoted).forEach(words::add);
      words.addAll(examples);
      example = String.join(" ", words);
    }
    return command.name() + " needs " + String.join(" and ", needs) + "."
        + (example.isEmpty() ? "" : "\nFor example: " + example);
  }

  private static String badValue(ParameterException ex, ArgSpec arg, String value,
      CommandSpec command) {
    Class<?> type = arg.type();
    String reason;
    if (type == int.class || type == Integer.class || type == long.class
        || type == Long.class) {
      reason = "that is not a whole number";
    } else if (type.isEnum()) {
      List<String> choices = choices(type);
      reason = "that is not one of the choices; use " + or(choices, "or")
          + NearestMatch.among(value, choices)
          .map(n -> "; did you mean " + n + "?").orElse("");
    } else if (ex.getCause() instanceof CommandLine.TypeConversionException) {
      reason = ex.getCause().getMessage();
    } else {
      reason = "that is not a value " + name(arg) + " takes";
    }
    return name(arg) + " " + quoted(value) + ": " + reason + (reason.endsWith("?") ? "" : ".")
        + "\nFor example: " + name(arg) + " " + example(arg, command);
  }

  /** The option's longest name, or the argument's label, such as {@code FILE}. */
  private static String name(ArgSpec arg) {
    return arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
  }

  /** What the option is for, from its help, without the closing full stop. */
  private static String about(ArgSpec arg) {
    String[] description = arg.description();
    if (description.length == 0) {
      return "";
    }
    String first = description[0].strip();
    // The first sentence says enough in a message about the option.
    int end = first.indexOf(". ");
    if (end > 0) {
      first = first.substring(0, end + 1);
    }
    if (first.endsWith(".")) {
      first = first.substring(0, first.length() - 1);
    }
    // "Formulation files or folders" reads on in the middle of a sentence as "formulation...".
    boolean word = first.length() > 1 && Character.isUpperCase(first.charAt(0))
        && Character.isLowerCase(first.charAt(1));
    return word ? Character.toLowerCase(first.charAt(0)) + first.substring(1) : first;
  }

  private static boolean given(OptionSpec option, String[] args) {
    return Arrays.stream(args).anyMatch(a -> Arrays.stream(option.names())
        .anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
  }

  /**
   * A value to show with an option: the one the command's own examples give it, else one that
   * fits its type.
   */
  private static String example(ArgSpec arg, CommandSpec command) {
    if (arg.isOption()) {
      for (String line : examples(command)) {
        List<String> words = Arrays.asList(line.strip().split("\\s+"));
        for (String name : ((OptionSpec) arg).names()) {
          int at = words.indexOf(name);
          if (at >= 0 && at + 1 < words.size() && !words.get(at + 1).equals("\\")) {
            return words.get(at + 1);
          }
        }
      }
    }
    Class<?> type = arg.type();
    if (type == LocalDate.class) {
      return LocalDate.now().toString();
    }
    if (type.isEnum()) {
      List<String> choices = choices(type);
      String unless = String.valueOf(arg.defaultValue()).toLowerCase(Locale.ROOT);
      return choices.stream().filter(c -> !c.equals(unless)).findFirst().orElse(choices.get(0));
    }
    if (type == int.class || type == Integer.class || type == long.class
        || type == Long.class) {
      return "3";
    }
    return arg.paramLabel();
  }

  private static Optional<String> firstExample(CommandSpec command) {
    return examples(command).stream().findFirst().map(String::strip)
        .map(l -> l.endsWith("\\") ? l.substring(0, l.length() - 1).strip() : l);
  }

  /** The example command lines in a command's help. */
  private static List<String> examples(CommandSpec command) {
    return Arrays.stream(command.usageMessage().footer())
        .filter(l -> l.strip().startsWith("formulation "))
        .collect(Collectors.toList());
  }

  /** An enum's constants as they are typed: {@code practitioner}, {@code young-person}. */
  private static List<String> choices(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.toList());
  }

  private static String or(List<String> words, String and) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " " + and + " "
        + words.get(words.size() - 1);
  }

  /** A word as typed, quoted for a shell if it has spaces, with no control characters. */
  private static String quoted(String word) {
    String safe = clean(word);
    return safe.isEmpty() || safe.matches(".*[\\s'\"].*")
        ? "'" + safe.replace("'", "'\\''") + "'" : safe;
  }

  private static String clean(String word) {
    return TerminalText.clean(word);
  }
}
