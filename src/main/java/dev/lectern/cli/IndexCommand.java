package dev.lectern.cli;

import dev.lectern.extract.Extractor;
import dev.lectern.index.SlideIndex;
import dev.lectern.sync.Embeddings;
import dev.lectern.log.EventLog;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.ReconcileSummary;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "index", header = "bring the index in line with the archive",
    description =
        "Brings the index in line with the archive: new and changed files are extracted and indexed, removed ones dropped, unchanged ones skipped. Exit code 1 if any file failed. Events per file go to stderr (key=value, or JSON lines with --log-json; off on a terminal).")
class IndexCommand implements Callable<Integer> {
  private final CommandContext context;
  private final boolean rebuild;
  @Mixin private PathOptions paths;
  @Mixin private LogOptions log;
  @Mixin private ExtractionOptions extraction;

  IndexCommand(CommandContext context) {
    this(context, false);
  }

  IndexCommand(CommandContext context, boolean rebuild) {
    this.context = context;
    this.rebuild = rebuild;
  }

  @Override
  public Integer call() throws Exception {
    ArchivePaths where = paths.paths().requireArchive();
    ExtractionSettings settings = extraction.settings();
    Components parts = context.parts();
    PrintStream out = context.out();
    try (SlideIndex index = parts.openForWriting(where);
        Extractor extractor = parts.extractor(settings)) {
      Embeddings embeddings = parts.embeddings(where, index, settings, () -> 0);
      if (rebuild) {
        index.deleteAll();
        index.commit();
        index.refresh();
      }
      out.printf("indexing %s into %s%n", where.archive(), where.index());
      boolean terminal = System.console() != null;
      // On a terminal the progress bar is the report; events would break it unless asked for.
      EventLog events = terminal && !log.json() ? EventLog.NONE : parts.eventLog(log.json());
      ReconcileSummary summary = parts.reconciler(where, index, extractor, settings, embeddings)
          .reconcile(ReconcileListener.all(new ProgressPrinter(out, terminal, settings.ocrAdvice()),
              new EventLogListener(events)));
      if (embeddings != null) {
        try (embeddings) {
          embeddings.pass().run(new EmbeddingPrinter(out, terminal)); // after the text is committed and searchable
        }
      }
      return summary.failedFiles() > 0 ? 1 : 0;
    }
  }
}
