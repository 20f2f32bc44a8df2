package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes to one folder from more than one writer: two folder objects in one program, a second
 * Java program holding the folder's lock, a second server process, and a program that takes no
 * lock at all. Of two writes of one version, never both succeed.
 */
class FolderAcrossProcessesTest {
  @TempDir Path dir;

  @Test
  void twoFolderObjectsOnOneDirectoryNeverBothReplaceOneVersion() throws Exception {
    FormulationFolder one = FormulationFolder.open(dir);
    FormulationFolder two = FormulationFolder.open(dir);
    one.put("ahmed", FormulationFolderTest.sample("Round 0"), null);
    for (int round = 1; round <= 100; round++) {
      String etag = one.get("ahmed").etag();
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Boolean>> writes = new ArrayList<>();
      for (FormulationFolder folder : List.of(one, two)) {
        String title = "Round " + round + " by " + writes.size();
        writes.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
            folder.put("ahmed", FormulationFolderTest.sample(title), etag);
            return true;
          } catch (EditConflictException e) {
            return false;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }));
      }
      start.countDown();
      long saved = writes.stream().filter(CompletableFuture::join).count();
      assertEquals(1, saved, "round " + round + ": exactly one write of the version is saved");
    }
  }

  @Test
  void aWriteWaitsForAnotherProgramsLockAndNoticesAChangeMadeMeanwhile() throws Exception {
    FormulationFolder folder = FormulationFolder.open(dir);
    String etag = folder.put("ahmed", FormulationFolderTest.sample("First"), null).etag();
    Process other = start("hold", dir.toString());
    try (BufferedReader said = reader(other)) {
      assertEquals("locked", said.readLine());
      CompletableFuture<String> write = CompletableFuture.supplyAsync(() -> {
        try {
          folder.put("ahmed", FormulationFolderTest.sample("From this program"), etag);
          return "saved";
        } catch (EditConflictException e) {
          return "refused: " + e.current().orElseThrow().text();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      try {
        write.get(1, TimeUnit.SECONDS);
        fail("the write went ahead while another program held the folder's lock");
      } catch (TimeoutException expected) {
        // Waiting for the lock, as it should.
      }
      // A third program, which takes no lock, changes the file while the write waits.
      String third = "schema: sixps/1\ntitle: Changed by a text editor\n";
      Files.writeString(dir.resolve("ahmed.yaml"), third);
      OutputStream in = other.getOutputStream();
      in.write('\n');
      in.flush();
      assertEquals("released", said.readLine());
      assertEquals("refused: " + third, write.get(60, TimeUnit.SECONDS));
      assertEquals(third, Files.readString(dir.resolve("ahmed.yaml")));
    } finally {
      stop(other);
    }
  }

  @Test
  void twoServerProcessesOnOneFolderNeverBothSave() throws Exception {
    Files.writeString(dir.resolve("ahmed.yaml"), Served.ahmed());
    Process other = start("serve", dir.toString());
    try (BufferedReader said = reader(other); Served here = new Served(dir)) {
      URI there = URI.create(said.readLine());
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      for (int round = 1; round <= 50; round++) {
        String etag = here.get("/api/formulations/ahmed").headers().firstValue("ETag")
            .orElseThrow();
        List<CompletableFuture<HttpResponse<String>>> puts = new ArrayList<>();
        for (URI server : List.of(here.server.address(), there)) {
          String body = Served.ahmed().replaceFirst("(?m)^title: .*$",
              "title: Round " + round + " through " + server.getPort());
          puts.add(client.sendAsync(HttpRequest.newBuilder(
                  server.resolve("/api/formulations/ahmed"))
              .header("Content-Type", "application/yaml").header("If-Match", etag)
              .PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
              HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> codes = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> put : puts) {
          codes.add(put.get(60, TimeUnit.SECONDS).statusCode());
        }
        codes.sort(null);
        assertEquals(List.of(200, 412), codes, "round " + round);
      }
    } finally {
      stop(other);
    }
  }

  private static Process start(String... args) throws Exception {
    return OtherProgram.start(List.of(), args);
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8));
  }

  private static void stop(Process p) throws Exception {
    p.getOutputStream().close();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    assertFalse(p.isAlive(), "the other program did not stop");
  }
}
