package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The API through a client generated from the running server's own {@code /openapi.json} by
 * OpenAPI Generator (its {@code java} client, {@code native} library: java.net.http and
 * Jackson), as an integrator would make one: list, read, write back with the ETag, a stale
 * ETag refused (412), a PDF as bytes and Markdown as text from one render method, and the
 * checks. The calls are an ordinary program, {@code generated-client/ClientCalls.java},
 * compiled with the generated sources and run in a Java of its own.
 */
class GeneratedClientTest {
  @TempDir
  Path folder;

  @TempDir
  Path work;

  @Test
  void aJavaClientGeneratedFromOpenApiJsonListsReadsWritesAndRendersPdf() throws Exception {
    Path generator = Path.of(System.getProperty("sixps.openapiGenerator",
        "target/openapi-generator/openapi-generator-cli.jar"));
    assertTrue(Files.isRegularFile(generator), generator + ": made by the build's"
        + " generate-test-resources phase (maven-dependency-plugin)");
    Files.writeString(folder.resolve("ahmed.yaml"), Served.ahmed());
    try (Served served = new Served(folder)) {
      Path client = work.resolve("client");
      String said = run(List.of(java(), "-jar", generator.toString(), "generate",
          "-g", "java", "--library", "native", "-i", served.uri("/openapi.json").toString(),
          "-o", client.toString(),
          "--additional-properties=openApiNullable=false,useJakartaEe=true,"
              + "hideGenerationTimestamp=true,apiPackage=gen.api,modelPackage=gen.model,"
              + "invokerPackage=gen",
          "--global-property=apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"));
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

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private String run(List<String> command) throws Exception {
    Path log = Files.createTempFile(work, "run", ".txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
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
