package dev.lectern.cli;

import picocli.CommandLine.Command;

@Command(name = "reindex", header = "rebuild the index from scratch",
    description =
        "Rebuilds the index from scratch. Extracted text is cached by content hash, so files are not parsed again unless they changed.")
final class ReindexCommand extends IndexCommand {
  ReindexCommand(CommandContext context) {
    super(context, true);
  }
}
