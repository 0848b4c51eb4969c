package dev.lectern.cli;

import dev.lectern.extract.Extractor;
import dev.lectern.index.MetadataReview;
import dev.lectern.index.SlideIndex;
import dev.lectern.sync.IndexCheck;
import dev.lectern.sync.ReconcileListener;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", header = "verify (and --repair) the index against the archive",
    description =
        "Verifies the index against the archive: indexed files exist with their hash, nothing is unindexed, orphaned or duplicated. Exit code 1 if anything is wrong.")
final class CheckCommand implements Callable<Integer> {
  private final CommandContext context;
  @Mixin private PathOptions paths;

  @Option(names = "--repair", description = "fix it from the archive (stop the server first)")
  private boolean repair;

  @Option(names = "--text", description = "instead, list every indexed page whose text still scores as garbled")
  private boolean text;

  CheckCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    ArchivePaths where = paths.paths().requireArchive();
    PrintStream out = context.out();
    Components parts = context.parts();
    if (text) {
      try (SlideIndex index = parts.openForReading(where)) {
        return new TextCheck(out).run(index);
      }
    }
    try (SlideIndex index = repair ? parts.openForWriting(where) : parts.openForReading(where)) {
      IndexCheck check = new IndexCheck(where.archive(), index);
      List<IndexCheck.Problem> problems = check.run();
      problems.forEach(out::println);
      printReview(out, MetadataReview.of(index.catalog()));
      if (problems.isEmpty()) {
        out.printf("ok: %d talk(s) in the index match the archive%n", index.catalog().talkCount());
        return 0;
      }
      out.printf("%d problem(s)%n", problems.size());
      if (!repair) {
        out.println("run 'lectern check --repair' (with the server stopped) to fix them from the archive");
        return 1;
      }
      try (Extractor extractor = parts.extractor(ExtractionSettings.IN_PROCESS_TEXT)) {
        check.repair(problems, parts.reconciler(where, index, extractor, ExtractionSettings.IN_PROCESS_TEXT),
            ReconcileListener.NONE);
      }
      List<IndexCheck.Problem> left = check.run();
      left.forEach(p -> out.println("still: " + p));
      out.printf("repaired %d problem(s); %d left%n", problems.size() - left.size(), left.size());
      return left.isEmpty() ? 0 : 1;
    }
  }

  /** The guesses a curator should confirm; informational, so the exit code stays about the index. */
  private static void printReview(PrintStream out, List<MetadataReview.Item> review) {
    if (review.isEmpty()) {
      return;
    }
    out.printf("review: %d metadata guess(es) to confirm, least certain first (also on /api/review)%n", review.size());
    for (MetadataReview.Item item : review) {
      String where = item.talkId().isEmpty() ? item.meetupId() : item.talkId();
      out.printf("  %-18s %s  \"%s\"  [%s %.2f]%n", item.kind(), where, item.subject(), item.source(), item.confidence());
    }
  }
}
