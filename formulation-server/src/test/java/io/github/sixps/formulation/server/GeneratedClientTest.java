package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.testing.ExternalTool;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API through clients generated from the running server's own {@code /openapi.json} by
 * OpenAPI Generator, as integrators would make them. Its {@code java} client ({@code native}
 * library: java.net.http and Jackson) lists, reads, writes back with the ETag, has a stale ETag
 * refused (412), renders a PDF as bytes and Markdown as text, and checks: an ordinary program,
 * {@code generated-client/ClientCalls.java}, compiled with the generated sources and run in a
 * Java of its own. Its {@code python-pydantic-v1} client (the one whose needs Debian's Python
 * packages meet: pydantic 1, urllib3, python-dateutil) calls every route the document declares,
 * from {@code generated-client/client_calls.py} run by Debian's Python.
 */
class GeneratedClientTest {
  @TempDir
  Path folder;

  @TempDir
  Path work;

  @Test
  void aJavaClientGeneratedFromOpenApiJsonListsReadsWritesAndRendersPdf() throws Exception {
    Files.writeString(folder.resolve("ahmed.yaml"), Served.ahmed());
    try (Served served = new Served(folder)) {
      Path client = work.resolve("client");
      String said = generate(served, client, "java", "--library", "native",
          "--additional-properties=openApiNullable=false,useJakartaEe=true,"
              + "hideGenerationTimestamp=true,apiPackage=gen.api,modelPackage=gen.model,"
              + "invokerPackage=gen");
      List<String> sources = new ArrayList<>();
      try (Stream<Path> files = Files.walk(client.resolve("src/main/java"))) {
        files.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.add(p.toString()));
      }
      assertTrue(sources.size() > 10, "generated: " + sources + "\n" + said);
      Path calls = work.resolve("ClientCalls.java");
      Files.copy(Path.of("src/test/resources/generated-client/ClientCalls.java"), calls);
      sources.add(calls.toString());

      Path classes = Files.createDirectories(work.resolve("classes"));
      String classPath = System.getProperty("surefire.test.class.path",
          System.getProperty("java.class.path"));
      // javac as a program, its arguments in a file (the class path is long); without lint, as
      // the generated code is not this project's.
      List<String> javac = new ArrayList<>(List.of("-proc:none", "-nowarn", "-encoding",
          "UTF-8", "-cp", classPath, "-d", classes.toString()));
      javac.addAll(sources);
      Path arguments = Files.write(work.resolve("javac.args"), javac.stream()
          .map(a -> "\"" + a.replace("\\", "\\\\") + "\"").toList());
      run(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
          "@" + arguments));

      String out = run(List.of(java(), "-cp", classes + File.pathSeparator + classPath,
          "ClientCalls", Integer.toString(served.uri("/").getPort())));
      List<String> lines = out.lines().toList();
      assertEquals(List.of(
          "listed [ahmed]",
          "read Formulation with the Ahmed family",
          "saved ahmed true",
          "stale refused 412",
          "pdf %PDF- true",
          "md # Formulation with the Ahmed family, saved by a generated client"),
          lines.subList(0, Math.min(6, lines.size())), out);
      assertTrue(lines.size() == 7 && lines.get(6).startsWith("validated ["), out);
      assertTrue(Files.readString(folder.resolve("ahmed.yaml"))
          .contains("saved by a generated client"), "written to the file");
    }
  }

  @Test
  void aPythonClientGeneratedFromOpenApiJsonCallsEveryRouteTheDocumentDeclares()
      throws Exception {
    Path python = ExternalTool.requirePython(List.of("pydantic", "urllib3", "dateutil",
        "typing_extensions"), "python3-pydantic python3-urllib3 python3-dateutil");
    Files.writeString(folder.resolve("ahmed.yaml"), Served.ahmed());
    try (Served served = new Served(folder)) {
      DocumentedRoutes routes = DocumentedRoutes.of(served.get("/openapi.json").body());
      Path client = work.resolve("python-client");
      String said = generate(served, client, "python-pydantic-v1",
          "--additional-properties=packageName=sixps_client");
      assertTrue(Files.isRegularFile(client.resolve("sixps_client/api/default_api.py")), said);
      Path calls = work.resolve("client_calls.py");
      Files.copy(Path.of("src/test/resources/generated-client/client_calls.py"), calls);

      ProcessBuilder program = new ProcessBuilder(python.toString(), calls.toString(),
          served.server.address().toString().replaceAll("/$", ""));
      program.environment().put("PYTHONPATH", client.toString());
      String out = run(program);
      List<String> lines = out.lines().filter(line -> !line.startsWith("called ")).toList();
      assertEquals(List.of(
          "listed ['ahmed']",
          "read Formulation with the Ahmed family",
          "saved ahmed True",
          "stale refused 412",
          "pdf %PDF- True",
          "md # Formulation with the Ahmed family, saved by a generated Python client",
          "validated []",
          "prioritised ['M1']",
          "diffed True",
          "schema True",
          "openapi 3.1.0"), lines, out);
      List<String> requests = out.lines().filter(line -> line.startsWith("called "))
          .map(line -> line.split(" ")[1] + " " + line.split(" ")[2]).toList();
      assertEquals(routes.all(), routes.calledBy(requests), "every route the document"
          + " declares, called by the generated client:\n" + out);
      assertTrue(Files.readString(folder.resolve("ahmed.yaml"))
          .contains("saved by a generated Python client"), "written to the file");
    }
  }

  /**
   * Makes a client with OpenAPI Generator's command line from the served {@code /openapi.json}.
   *
   * @param generator the generator's name, such as {@code java}
   * @param options its further options
   * @return what it said
   */
  private String generate(Served served, Path out, String generator, String... options)
      throws Exception {
    Path jar = Path.of(System.getProperty("sixps.openapiGenerator",
        "target/openapi-generator/openapi-generator-cli.jar"));
    assertTrue(Files.isRegularFile(jar), jar + ": made by the build's"
        + " generate-test-resources phase (maven-dependency-plugin)");
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString(), "generate",
        "-g", generator, "-i", served.uri("/openapi.json").toString(), "-o", out.toString(),
        "--global-property=apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"));
    command.addAll(List.of(options));
    return run(command);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private String run(List<String> command) throws Exception {
    return run(new ProcessBuilder(command));
  }

  private String run(ProcessBuilder program) throws Exception {
    List<String> command = program.command();
    Path log = Files.createTempFile(work, "run", ".txt");
    Process p = program.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = p.waitFor(3, TimeUnit.MINUTES);
    if (!finished) {
      p.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(finished, "finished: " + command.get(command.size() - 1) + "\n" + out);
    assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
    return out;
  }
}
