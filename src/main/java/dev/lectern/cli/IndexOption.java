package dev.lectern.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}: the folder of everything derived from the archive. */
public final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:LECTERN_INDEX:-index}",
      description = "the index folder (default ${DEFAULT-VALUE}, env LECTERN_INDEX)")
  private Path index;

  public Path index() {
    return index;
  }
}
