package dev.lectern.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --archive DIR}: the folder of meetups a command reads (and the server writes). */
public final class ArchiveOption {
  @Option(names = "--archive", paramLabel = "DIR", defaultValue = "${env:LECTERN_ARCHIVE:-ingest}",
      description = "the archive of meetups (default ${DEFAULT-VALUE}, env LECTERN_ARCHIVE)")
  private Path archive;

  public Path archive() {
    return archive;
  }
}
