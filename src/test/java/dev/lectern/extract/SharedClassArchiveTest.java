package dev.lectern.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedClassArchiveTest {
  @TempDir
  Path dir;

  @Test
  void aClassPathWithAFolderOrSeveralEntriesGetsNoArchive() throws IOException {
    Path jar = Files.writeString(dir.resolve("lectern.jar"), "jar");
    assertThat(SharedClassArchive.forClassPath(dir.toString()).next())
        .isEqualTo(SharedClassArchive.Options.NOTHING);
    assertThat(SharedClassArchive.forClassPath(jar + File.pathSeparator + dir).next())
        .isEqualTo(SharedClassArchive.Options.NOTHING);
    assertThat(SharedClassArchive.forClassPath(dir.resolve("missing.jar").toString()).next())
        .isEqualTo(SharedClassArchive.Options.NOTHING);
  }

  @Test
  void oneChildRecordsAndLaterChildrenMapWhatItWroteAfterItExitedCleanly() throws IOException {
    Path jar = jarBuiltAMinuteAgo();
    SharedClassArchive archive = SharedClassArchive.forClassPath(jar.toString());

    SharedClassArchive.Options recorder = archive.next();
    assertThat(recorder.recordingTo()).isNotNull().hasParentRaw(dir);
    assertThat(recorder.jvmOptions()).contains("-XX:ArchiveClassesAtExit=" + recorder.recordingTo());
    assertThat(archive.next()).as("a second child while the first records").isEqualTo(SharedClassArchive.Options.NOTHING);

    Files.writeString(recorder.recordingTo(), "classes");
    archive.adopt(recorder.recordingTo());

    assertThat(recorder.recordingTo()).doesNotExist();
    SharedClassArchive.Options mapper = archive.next();
    assertThat(mapper.recordingTo()).isNull();
    String option = mapper.jvmOptions().get(0);
    assertThat(option).startsWith("-XX:SharedArchiveFile=" + dir.resolve("lectern-extract-")).endsWith(".jsa");
    assertThat(Path.of(option.substring(option.indexOf('=') + 1))).hasContent("classes");
  }

  @Test
  void aKilledRecorderLeavesNothingBehindAndTheNextChildRecordsAgain() throws IOException {
    Path jar = Files.writeString(dir.resolve("lectern.jar"), "jar");
    SharedClassArchive archive = SharedClassArchive.forClassPath(jar.toString());
    SharedClassArchive.Options killed = recorderThatWrote(archive, "half an archive");

    archive.abandon(killed.recordingTo());

    assertThat(killed.recordingTo()).doesNotExist();
    assertOnlyTheJarIsLeft();
    assertThat(archive.next().recordingTo()).isNotNull().isNotEqualTo(killed.recordingTo());
  }

  @Test
  void aJarNewerThanTheArchiveIsRecordedAgain() throws IOException {
    Path jar = jarBuiltAMinuteAgo();
    SharedClassArchive archive = SharedClassArchive.forClassPath(jar.toString());
    SharedClassArchive.Options first = recorderThatWrote(archive, "classes");
    archive.adopt(first.recordingTo());
    assertThat(archive.next().recordingTo()).isNull();

    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

    assertThat(archive.next().recordingTo()).as("the archive of the old jar is stale").isNotNull();
  }

  @Test
  void anArchiveRecordedWhileTheJarWasRebuiltIsDropped() throws IOException {
    Path jar = jarBuiltAMinuteAgo();
    SharedClassArchive archive = SharedClassArchive.forClassPath(jar.toString());
    SharedClassArchive.Options recorder = recorderThatWrote(archive, "classes of the old jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(30)));

    archive.adopt(recorder.recordingTo());

    assertOnlyTheJarIsLeft();
    assertThat(archive.next().recordingTo()).as("recorded again for the new jar").isNotNull();
  }

  /** The next child's options, told to record, after it wrote {@code content} as its archive. */
  private static SharedClassArchive.Options recorderThatWrote(SharedClassArchive archive, String content)
      throws IOException {
    SharedClassArchive.Options recorder = archive.next();
    Files.writeString(recorder.recordingTo(), content);
    return recorder;
  }

  private Path jarBuiltAMinuteAgo() throws IOException {
    Path jar = Files.writeString(dir.resolve("lectern.jar"), "jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    return jar;
  }

  private void assertOnlyTheJarIsLeft() throws IOException {
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("files beside the jar").containsExactly("lectern.jar");
    }
  }
}
