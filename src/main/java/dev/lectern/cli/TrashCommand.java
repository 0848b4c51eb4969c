package dev.lectern.cli;

import dev.lectern.archive.ArchiveEditor;
import dev.lectern.archive.Trash;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "trash", header = "purge talks deleted through the API",
    synopsisSubcommandLabel = "purge",
    description = "Deletes for good the talks deleted through the API (kept in <archive>/.trash until then).")
final class TrashCommand implements Callable<Integer> {
  private final CommandContext context;

  TrashCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    throw new UsageException("usage: lectern trash purge [--archive DIR]");
  }

  @Command(name = "purge", description = "delete the trash for good")
  int purge(@Mixin ArchiveOption option) throws Exception {
    Path archive = ArchivePaths.existingArchive(option.archive());
    int purged = new Trash(new ArchiveEditor(archive)).purge();
    context.out().printf("purged %d deleted talk(s) from %s/%s%n", purged, archive, Trash.FOLDER);
    return 0;
  }
}
