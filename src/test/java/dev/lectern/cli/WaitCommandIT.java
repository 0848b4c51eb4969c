package dev.lectern.cli;

import dev.lectern.sample.InProcessLectern;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.Lectern;
import dev.lectern.SampleArchive;
import dev.lectern.web.GatedFirstRunServer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lectern wait} against a real server over the first run of a sample talk, held at each
 * stage by gates on the real extractor and page renderer: it returns only once {@code /health} says
 * ready, tells each state on the way, and says clearly when it gives up or finds no server.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class WaitCommandIT {
  @TempDir Path temp;


  @Test
  void noServerIsExitThreeWithTheAddress() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    InProcessLectern wait = new InProcessLectern();
    assertThat(wait.run("wait", "--port", String.valueOf(port), "--timeout", "1")).as(wait.err()).isEqualTo(3);
    assertThat(wait.err()).contains("no Lectern server answered at http://127.0.0.1:" + port + "/health within 1 s")
        .contains("no connection");
    assertThat(wait.out()).contains("waiting for http://127.0.0.1:" + port + "/health");
    assertThat(new InProcessLectern().run("wait", "--url", "ftp://x/")).isEqualTo(2);
  }

  @Test
  void waitsUntilReadyTellingEachStateAndGivesUpWhenTold() throws Exception {
    // One talk of the sample meetup: page images of the whole sample take a minute on a busy machine.
    Path meetup = SampleArchive.PATH.resolve("2024-08-15-pytorch-shanghai");
    Path archive = temp.resolve("archive");
    Path copy = archive.resolve(meetup.getFileName());
    SampleArchive.copyTree(meetup.resolve("01-pytorch-foundation-updates"), copy.resolve("01-pytorch-foundation-updates"));
    Files.copy(meetup.resolve("meetup.json"), copy.resolve("meetup.json"));
    try (GatedFirstRunServer server = new GatedFirstRunServer(archive, temp.resolve("work"))) {
      String port = String.valueOf(server.port());
      InProcessLectern patient = new InProcessLectern();
      CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(
          () -> patient.run("wait", "--port", port, "--timeout", "300"));
      awaitOutput(patient, "starting: counting the archive");

      server.requestRun();
      awaitOutput(patient, "indexing: text of ");
      InProcessLectern hasty = new InProcessLectern();
      assertThat(hasty.run("wait", "--port", port, "--timeout", "1")).as(hasty.err()).isEqualTo(1);
      assertThat(hasty.err()).contains("was not ready within 1 s; last: indexing: text of");
      assertThat(waiting).isNotDone();

      server.openText();
      awaitOutput(patient, "enriching: text searchable; page images ");
      InProcessLectern searchable = new InProcessLectern();
      assertThat(searchable.run("wait", "--port", port, "--searchable", "--timeout", "60")).isZero();
      assertThat(waiting).as(patient.out()).isNotDone();

      server.openImages();
      assertThat(waiting.get(3, TimeUnit.MINUTES)).as(patient.out() + patient.err()).isZero();
      assertThat(patient.out()).contains("ready: 1 talk(s), ");
      assertThat(patient.err()).isEmpty();
      InProcessLectern quiet = new InProcessLectern();
      assertThat(quiet.run("wait", "--url", "http://127.0.0.1:" + port, "--quiet")).isZero();
      assertThat(quiet.out()).isEmpty();
    }
  }

  private static void awaitOutput(InProcessLectern run, String wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!run.out().contains(wanted)) {
      assertThat(System.nanoTime()).as("waiting for '%s' in: %s%s", wanted, run.out(), run.err()).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
