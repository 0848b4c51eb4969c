package dev.lectern.cli;

import picocli.CommandLine.Mixin;

/** {@code --archive} and {@code --index} together, for the commands that read one into the other. */
public final class PathOptions {
  @Mixin private ArchiveOption archive;
  @Mixin private IndexOption index;

  public ArchivePaths paths() {
    return new ArchivePaths(archive.archive(), index.index());
  }
}
