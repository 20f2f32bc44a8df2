package io.github.sixps.formulation.examples;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The Java code blocks of the documentation as one program: each block becomes the body of a
 * method, and {@code main} calls them in document order. The documents leave imports out, as a
 * reader's IDE adds them, so the program imports every API package of the library and the parts
 * of {@code java.*} the documents use.
 *
 * <p>It is compiled against the test class path and run in a separate JVM whose working folder
 * is a scratch folder, so that code which writes {@code ahmed.pdf} writes it there. The scratch
 * folder holds the files the documents read, at the paths they have in a clone.
 */
final class SnippetProgram {
  static final String CLASS_NAME = "DocumentationSnippets";

  private static final List<String> IMPORTS = List.of(
      "io.github.sixps.formulation.io.*",
      "io.github.sixps.formulation.language.*",
      "io.github.sixps.formulation.model.*",
      "io.github.sixps.formulation.prioritise.*",
      "io.github.sixps.formulation.redact.*",
      "io.github.sixps.formulation.render.*",
      "io.github.sixps.formulation.render.braille.*",
      "io.github.sixps.formulation.render.docx.*",
      "io.github.sixps.formulation.render.html.*",
      "io.github.sixps.formulation.render.markdown.*",
      "io.github.sixps.formulation.render.pdf.*",
      "io.github.sixps.formulation.review.*",
      "io.github.sixps.formulation.server.*",
      "io.github.sixps.formulation.spelling.*",
      "io.github.sixps.formulation.validate.*",
      "jakarta.servlet.DispatcherType",
      "org.eclipse.jetty.ee10.servlet.FilterHolder",
      "org.eclipse.jetty.ee10.servlet.ServletContextHandler",
      "org.eclipse.jetty.ee10.servlet.ServletHolder",
      "org.eclipse.jetty.server.Server",
      "java.io.*",
      "java.nio.charset.StandardCharsets",
      "java.nio.file.*",
      "java.time.*",
      "java.util.*",
      "java.util.concurrent.*",
      "java.util.function.*",
      "java.util.stream.*");

  /** A block of code and where it came from, such as {@code README.md:57}. */
  record Snippet(String origin, int firstLine, String code) {}

  private final List<Snippet> snippets;
  private final String source;
  /** For each line of the source, from 1, the document line it came from; null for glue. */
  private final List<String> origins = new ArrayList<>();

  SnippetProgram(List<Snippet> snippets) {
    this.snippets = List.copyOf(snippets);
    StringBuilder s = new StringBuilder();
    for (String imported : IMPORTS) {
      line(s, "import " + imported + ";", null);
    }
    line(s, "public final class " + CLASS_NAME + " {", null);
    for (int i = 0; i < snippets.size(); i++) {
      Snippet snippet = snippets.get(i);
      line(s, "static void snippet" + i + "() throws Exception {", null);
      String[] lines = snippet.code().split("\n", -1);
      for (int n = 0; n < lines.length; n++) {
        line(s, lines[n], snippet.origin() + ":" + (snippet.firstLine() + n));
      }
      line(s, "}", null);
    }
    line(s, "public static void main(String[] args) {", null);
    for (int i = 0; i < snippets.size(); i++) {
      String origin = snippets.get(i).origin() + ":" + snippets.get(i).firstLine();
      line(s, "  System.out.println(\"--- " + origin + "\");", null);
      line(s, "  try { snippet" + i + "(); } catch (Throwable t) {", null);
      line(s, "    System.out.println(\"FAILED: the block at " + origin + "\");", null);
      line(s, "    t.printStackTrace(System.out); System.exit(1); }", null);
    }
    line(s, "}", null);
    line(s, "}", null);
    source = s.toString();
  }

  private void line(StringBuilder s, String text, String origin) {
    s.append(text).append('\n');
    origins.add(origin);
  }

  /** The program's source. */
  String source() {
    return source;
  }

  /**
   * Compiles the program into {@code classes}.
   *
   * @return the compiler's errors, each with the document line it points at; empty on success
   */
  List<String> compile(Path classes, String classPath) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      return List.of("no Java compiler: run the tests on a JDK, not a JRE");
    }
    Files.createDirectories(classes);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file = new SimpleJavaFileObject(
        URI.create("string:///" + CLASS_NAME + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    StringWriter out = new StringWriter();
    boolean ok = compiler.getTask(out, null, diagnostics,
        List.of("-d", classes.toString(), "-classpath", classPath, "-encoding", "UTF-8",
            "-proc:none", "-Xlint:none"),
        null, List.of(file)).call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        int line = (int) d.getLineNumber();
        String where = line >= 1 && line <= origins.size() && origins.get(line - 1) != null
            ? origins.get(line - 1) : "generated line " + line;
        errors.add(where + ": " + d.getMessage(Locale.UK));
      }
    }
    if (!ok && errors.isEmpty()) {
      errors.add(out.toString());
    }
    return errors;
  }

  /**
   * Runs the compiled program in a new JVM, in {@code workFolder}.
   *
   * @return what it printed, standard error included
   * @throws AssertionError if it fails or takes longer than the time given
   */
  String run(Path classes, String classPath, Path workFolder, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = Files.createTempFile(workFolder.getParent(), "snippets", ".log");
    Process process = new ProcessBuilder(launcher.toString(), "-Djava.awt.headless=true",
        "-cp", classes + File.pathSeparator + classPath, CLASS_NAME)
        .directory(workFolder.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the documentation's code did not finish in " + timeoutSeconds
          + " seconds:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      // The block that failed and its stack trace first; everything printed before, after it.
      int failed = Math.max(0, output.indexOf("FAILED: "));
      throw new AssertionError("the documentation's code failed (exit " + process.exitValue()
          + "):\n" + output.substring(failed) + "\nEverything it printed:\n" + output);
    }
    return output;
  }

  /** How many blocks the program runs. */
  int size() {
    return snippets.size();
  }
}
