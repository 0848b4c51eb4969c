package dev.lectern;

import dev.lectern.cli.Arguments;
import dev.lectern.cli.HelpText;
import dev.lectern.cli.LecternConfig;
import dev.lectern.cli.ProgressPrinter;
import dev.lectern.cli.SearchPrinter;
import dev.lectern.cli.UsageException;
import dev.lectern.index.IndexLockedException;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.ReconcileSummary;
import dev.lectern.index.Reconciler;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SearchResult;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.ingest.ExtractionCache;
import dev.lectern.ingest.Extractor;
import dev.lectern.ingest.TikaExtractor;
import dev.lectern.web.WebServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The entry point and the one place where Lectern is wired: configuration is resolved once, and
 * every component gets what it needs through its constructor.
 */
public final class Lectern {
  private static final Set<String> FLAGS = Set.of("help", "json", "no-reconcile");

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  public Lectern(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  public static void main(String[] args) {
    int code = new Lectern(System.out, System.err, System.getenv()).run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs a command; returns the process exit code (serve returns only when the server stops). */
  public int run(String[] argv) {
    try {
      Arguments args = Arguments.parse(argv, FLAGS);
      String command = args.command();
      if (command.equals("help") || command.equals("--help")) {
        out.print(HelpText.overview());
        return 0;
      }
      if (!HelpText.known(command)) {
        err.println("unknown command '" + command + "'");
        err.print(HelpText.overview());
        return 2;
      }
      if (args.flag("help")) {
        out.print(HelpText.of(command));
        return 0;
      }
      LecternConfig config = LecternConfig.from(args, env);
      return switch (command) {
        case "serve" -> serve(config, !args.flag("no-reconcile"));
        case "index" -> index(config, false);
        case "reindex" -> index(config, true);
        case "search" -> search(config, args);
        default -> 2;
      };
    } catch (UsageException e) {
      err.println("lectern: " + e.getMessage());
      return 2;
    } catch (IndexLockedException | IllegalStateException e) {
      err.println("lectern: " + e.getMessage());
      return 2;
    } catch (IOException | UncheckedIOException e) {
      err.println("lectern: " + e.getMessage());
      return 1;
    }
  }

  private void requireArchive(LecternConfig config) {
    if (!Files.isDirectory(config.archive())) {
      throw new UsageException("archive folder " + config.archive() + " does not exist; pass --archive DIR");
    }
  }

  private Reconciler reconciler(LecternConfig config, SlideIndex index, Extractor extractor) {
    return new Reconciler(config.archive(), index, extractor, new ExtractionCache(config.extractionCacheDir()),
        Runtime.getRuntime().availableProcessors());
  }

  private int index(LecternConfig config, boolean rebuild) throws IOException {
    requireArchive(config);
    JsonCodec json = new JsonCodec();
    try (SlideIndex index = SlideIndex.openForWriting(config.luceneDir(), json);
        Extractor extractor = new TikaExtractor()) {
      if (rebuild) {
        index.deleteAll();
        index.commit();
        index.refresh();
      }
      out.printf("indexing %s into %s%n", config.archive(), config.index());
      ReconcileSummary summary = reconciler(config, index, extractor)
          .reconcile(new ProgressPrinter(out, System.console() != null));
      return summary.failedFiles() > 0 ? 1 : 0;
    }
  }

  private int search(LecternConfig config, Arguments args) throws IOException {
    if (args.positional().isEmpty()) {
      throw new UsageException("search needs a query: lectern search QUERY");
    }
    int limit;
    try {
      limit = Integer.parseInt(args.option("limit", Map.of(), "", "10"));
    } catch (NumberFormatException e) {
      throw new UsageException("--limit must be a number");
    }
    JsonCodec json = new JsonCodec();
    try (SlideIndex index = SlideIndex.openForReading(config.luceneDir(), json)) {
      SearchRequest request;
      try {
        request = new SearchRequest(String.join(" ", args.positional()), Map.of(),
            SearchRequest.Order.RELEVANCE, 1, Math.max(1, Math.min(limit, SearchRequest.MAX_SIZE)), true);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      SearchResult result = new TalkSearcher(index).search(request);
      if (args.flag("json")) {
        out.println(json.write(result));
      } else {
        new SearchPrinter(out).print(result);
      }
      return 0;
    }
  }

  /** {@code reconcileAtStart} false (hidden flag --no-reconcile) serves the index as it is: benchmarks use it. */
  private int serve(LecternConfig config, boolean reconcileAtStart) throws IOException {
    requireArchive(config);
    JsonCodec json = new JsonCodec();
    SlideIndex index = SlideIndex.openForWriting(config.luceneDir(), json);
    Extractor extractor = new TikaExtractor();
    Reconciler reconciler = reconciler(config, index, extractor);
    WebServer server = new WebServer(index, new TalkSearcher(index), json, config.archive(), reconciler::pending)
        .start(config.host(), config.port());
    out.printf("Lectern is serving %d talk(s) from %s at http://%s:%d/%n",
        index.catalog().talkCount(), config.archive(), displayHost(config.host()), server.port());
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread reconcile = new Thread(() -> {
      try {
        reconciler.reconcile(new ProgressPrinter(out, false));
        out.printf("ready: %d talk(s), %d page(s)%n", index.catalog().talkCount(), index.catalog().pageCount());
      } catch (IOException | RuntimeException e) {
        err.println("lectern: reconciling the archive failed: " + e.getMessage());
      }
    }, "lectern-reconcile");
    reconcile.setDaemon(true);
    if (reconcileAtStart) {
      reconcile.start();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      try {
        index.commit();
        index.close();
        extractor.close();
      } catch (IOException | RuntimeException e) {
        err.println("lectern: closing the index failed: " + e.getMessage());
      }
      stopped.countDown();
    }, "lectern-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static String displayHost(String host) {
    return host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
  }
}
