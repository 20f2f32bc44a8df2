package io.github.sixps.formulation.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A real server on a free loopback port over a folder, and a real HTTP client for tests. */
final class Served implements AutoCloseable {
  static final Path AHMED =
      Path.of("../examples/src/main/resources/worked/school-avoidance-ahmed.yaml");

  final FormulationServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  Served(Path folder) throws IOException {
    this(folder, b -> b);
  }

  Served(Path folder, UnaryOperator<FormulationServer.Builder> settings) throws IOException {
    server = settings.apply(FormulationServer.builder().folder(folder).port(0)).build().start();
  }

  static String ahmed() throws IOException {
    return Files.readString(AHMED);
  }

  URI uri(String pathAndQuery) {
    return server.address().resolve(pathAndQuery);
  }

  HttpRequest.Builder request(String pathAndQuery) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery))
        .timeout(Duration.ofSeconds(60));
    server.token().ifPresent(t -> b.header("Authorization", "Bearer " + t));
    return b;
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(
          StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) throws IOException {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  HttpResponse<String> get(String path) throws IOException {
    return send(request(path).GET());
  }

  HttpResponse<String> post(String path, String contentType, String body) throws IOException {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Override
  public void close() {
    server.close();
  }
}
