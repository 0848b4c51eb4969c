package dev.lectern.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", header = "serve the search page and API (default archive ./ingest, port 7070)",
    description = "Serves the search page and JSON API. Answers at once from the existing index while it"
        + " reconciles the archive in the background.",
    footer = {"", "Prometheus metrics are at /metrics (behind the login with --private).",
        "Organizers write with a token from 'lectern token create NAME'."})
final class ServeCommand implements Callable<Integer> {
  private final CommandContext context;
  @Mixin private PathOptions paths;
  @Mixin private ServerOptions server;
  @Mixin private LogOptions log;
  @Mixin private ExtractionOptions extraction;

  ServeCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return context.parts().serve(paths.paths().requireArchive(), server.settings(), extraction.settings(), log.json());
  }
}
