package dev.lectern.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Shared by tests in other packages that need a writable copy of the sample archive. */
public final class CommandLineITSupport {
  private CommandLineITSupport() {}

  public static Path copySample(Path target) throws IOException {
    return CommandLineIT.copySample(target);
  }
}
