package dev.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./lectern} launcher as a user meets it: a server whose terminal shows Lectern's own
 * lines and no JVM or library chatter, and a build whose Maven output goes to a log file, shown
 * (its tail and its path) only when the build fails.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LauncherIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  @TempDir Path temp;

  @Test
  void serveShowsNoJvmWarningsAndNoRequestLogsByDefaultAndStopsOnSigterm() throws Exception {
    Path jar = LecternProcess.jar();
    Assumptions.assumeFalse(newerThan(jar), "sources are newer than target/lectern.jar: the launcher would rebuild");
    Path meetup = ROOT.resolve("ingest/2024-08-15-pytorch-shanghai");
    Path archive = Files.createDirectories(temp.resolve("archive").resolve(meetup.getFileName()));
    Files.copy(meetup.resolve("meetup.json"), archive.resolve("meetup.json"));
    Path talk = Files.createDirectories(archive.resolve("05-privateuse1-evolution"));
    Files.copy(meetup.resolve("05-privateuse1-evolution/notes.md"), talk.resolve("notes.md"));
    try (LecternProcess server = LecternProcess.viaLauncher(ROOT, "serve", "--archive",
        temp.resolve("archive").toString(), "--index", temp.resolve("index").toString(), "--port", "0",
        "--no-page-images")) {
      int port = server.awaitServing();
      server.awaitReady(Duration.ofMinutes(3));
      assertThat(server.get(port, "/api/search?q=PrivateUse1").statusCode()).isEqualTo(200);
      assertThat(server.get(port, "/health").statusCode()).isEqualTo(200);
      server.process().destroy();
      assertThat(server.awaitExit(Duration.ofMinutes(1))).as(server.output()).isZero();
      assertThat(server.stderr()).as(server.output())
          .noneMatch(line -> line.startsWith("WARNING"))
          .noneMatch(line -> line.contains("INFO") || line.contains("org.apache.lucene"))
          .noneMatch(line -> line.contains("event=request"));
      assertThat(server.stdout()).anyMatch(line -> line.startsWith("ready: 1 talk(s)"))
          .as("SIGTERM to the launcher reaches the server").contains("lectern: stopped; index committed");
    }
  }

  @Test
  void aFailedBuildShowsTheTailOfItsLogAndWhereTheLogIs() throws Exception {
    Path root = Files.createDirectories(temp.resolve("clone"));
    Files.copy(ROOT.resolve("lectern"), root.resolve("lectern"));
    Files.copy(ROOT.resolve("mvnw"), root.resolve("mvnw"));
    Files.createDirectories(root.resolve(".mvn/wrapper"));
    Files.copy(ROOT.resolve(".mvn/wrapper/maven-wrapper.properties"), root.resolve(".mvn/wrapper/maven-wrapper.properties"));
    Files.writeString(root.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><broken>");
    try (LecternProcess build = LecternProcess.viaLauncher(root, "--help")) {
      assertThat(build.awaitExit(Duration.ofMinutes(3))).as(build.output()).isEqualTo(3);
      assertThat(String.join("\n", build.stderr())).as(build.output())
          .contains("lectern: building Lectern (first run, about a minute")
          .contains("lectern: the build failed; the last lines of " + root.resolve("target/build.log"))
          .contains("Non-readable POM")
          .contains("the whole output is in " + root.resolve("target/build.log"));
      assertThat(build.stdout()).isEmpty();
      assertThat(Files.readString(root.resolve("target/build.log"))).contains("Non-readable POM");
    }
  }

  /** What the launcher checks: a source, web file or the POM changed after the jar was built. */
  private static boolean newerThan(Path jar) throws IOException {
    FileTime built = Files.getLastModifiedTime(jar);
    try (Stream<Path> files = Stream.of(ROOT.resolve("src/main"), ROOT.resolve("web"), ROOT.resolve("pom.xml"))
        .flatMap(LauncherIT::walk)) {
      return files.anyMatch(file -> {
        try {
          return Files.getLastModifiedTime(file).compareTo(built) > 0;
        } catch (IOException e) {
          return true;
        }
      });
    }
  }

  private static Stream<Path> walk(Path path) {
    try {
      return Files.walk(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
