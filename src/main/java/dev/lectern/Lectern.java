package dev.lectern;

import dev.lectern.archive.ArchiveEditor;
import dev.lectern.archive.AtomicFiles;
import dev.lectern.archive.AuditLog;
import dev.lectern.archive.Trash;
import dev.lectern.auth.TokenStore;
import dev.lectern.cli.Arguments;
import dev.lectern.cli.ChangesPrinter;
import dev.lectern.cli.EventLogListener;
import dev.lectern.cli.OrganizerCommands;
import dev.lectern.cli.ExtractionOptions;
import dev.lectern.cli.HelpText;
import dev.lectern.cli.LecternConfig;
import dev.lectern.cli.ProgressPrinter;
import dev.lectern.cli.SearchPrinter;
import dev.lectern.cli.UsageException;
import dev.lectern.eval.EvalReport;
import dev.lectern.eval.JudgedQuery;
import dev.lectern.eval.QuerySet;
import dev.lectern.eval.RelevanceEvaluator;
import dev.lectern.index.Glossary;
import dev.lectern.index.IndexLockedException;
import dev.lectern.index.ArchiveWatcher;
import dev.lectern.index.ExtractionCounter;
import dev.lectern.index.IndexRecovery;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.ReconcileListener;
import dev.lectern.index.ReconcileScheduler;
import dev.lectern.index.ReconcileSummary;
import dev.lectern.index.Reconciler;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SearchResult;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.ingest.ChildProcessExtractor;
import dev.lectern.ingest.ExtractionCache;
import dev.lectern.ingest.FormatDetector;
import dev.lectern.ingest.Extractor;
import dev.lectern.ingest.SlideRenderer;
import dev.lectern.ingest.SlideThumbnailer;
import dev.lectern.ingest.ThumbnailStore;
import dev.lectern.ingest.Thumbnailer;
import dev.lectern.ingest.TikaExtractor;
import dev.lectern.log.EventLog;
import dev.lectern.log.LibraryLogs;
import dev.lectern.web.MetricSources;
import dev.lectern.web.Metrics;
import dev.lectern.web.UploadLimits;
import dev.lectern.web.WebServer;
import dev.lectern.web.WriteAccess;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The entry point and the one place where Lectern is wired: configuration is resolved once, and
 * every component gets what it needs through its constructor.
 */
public final class Lectern {
  private static final String LOG_JSON_FLAG = "log-json";
  /** Hidden: serve the index as it is, without reconciling or watching the archive (benchmarks). */
  private static final String NO_RECONCILE_FLAG = "no-reconcile";
  private static final Set<String> FLAGS =
      Set.of("help", "json", "verbose", "no-glossary", "private", "repair",
          ExtractionOptions.IN_PROCESS_FLAG, ExtractionOptions.NO_PAGE_IMAGES_FLAG, LOG_JSON_FLAG, NO_RECONCILE_FLAG);

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  public Lectern(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  public static void main(String[] args) {
    if (List.of(args).contains("--" + LOG_JSON_FLAG)) {
      LibraryLogs.toStdout(); // stderr carries only JSON events then
    }
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
        case "serve" -> serve(config, args);
        case "index" -> index(config, args, false);
        case "reindex" -> index(config, args, true);
        case "search" -> search(config, args);
        case "eval" -> eval(config, args);
        case "token" -> new OrganizerCommands(out, err).token(config, args);
        case "trash" -> new OrganizerCommands(out, err).trash(config, args);
        case "check" -> new OrganizerCommands(out, err).check(config, args);
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

  private static Glossary glossary(LecternConfig config) {
    return new Glossary(config.archive().resolve("glossary.txt"));
  }

  private Reconciler reconciler(LecternConfig config, SlideIndex index, Extractor extractor, Arguments args) {
    Thumbnailer pageImages = ExtractionOptions.pageImages(args)
        ? new SlideThumbnailer(SlideRenderer.standard(), new ThumbnailStore(config.thumbnailDir()))
        : Thumbnailer.NONE;
    return new Reconciler(config.archive(), index, extractor, new ExtractionCache(config.extractionCacheDir()),
        pageImages, Runtime.getRuntime().availableProcessors());
  }

  /** Files are parsed in child JVMs, so no file can take this process down. */
  private static Extractor extractor(Arguments args) {
    if (ExtractionOptions.inProcess(args)) {
      return new TikaExtractor();
    }
    return new ChildProcessExtractor(ExtractionOptions.limits(args), Runtime.getRuntime().availableProcessors());
  }

  private SlideIndex openForWriting(LecternConfig config, JsonCodec json) {
    return new IndexRecovery(out, Clock.systemUTC()).openForWriting(config.luceneDir(), json);
  }

  private int index(LecternConfig config, Arguments args, boolean rebuild) throws IOException {
    requireArchive(config);
    JsonCodec json = new JsonCodec();
    try (SlideIndex index = openForWriting(config, json);
        Extractor extractor = extractor(args)) {
      if (rebuild) {
        index.deleteAll();
        index.commit();
        index.refresh();
      }
      out.printf("indexing %s into %s%n", config.archive(), config.index());
      boolean terminal = System.console() != null;
      // On a terminal the progress bar is the report; events would break it unless asked for.
      EventLog log = terminal && !args.flag(LOG_JSON_FLAG) ? EventLog.NONE : eventLog(args);
      ReconcileSummary summary = reconciler(config, index, extractor, args)
          .reconcile(ReconcileListener.all(new ProgressPrinter(out, terminal), new EventLogListener(log)));
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
      SearchResult result = new TalkSearcher(index, glossary(config)).search(request);
      if (args.flag("json")) {
        out.println(json.write(result));
      } else {
        new SearchPrinter(out).print(result);
      }
      return 0;
    }
  }

  private int eval(LecternConfig config, Arguments args) throws IOException {
    if (args.positional().isEmpty()) {
      throw new UsageException("eval needs a judged query file: lectern eval QUERIES.tsv");
    }
    requireArchive(config);
    List<JudgedQuery> queries = QuerySet.read(Path.of(args.positional().get(0)));
    JsonCodec json = new JsonCodec();
    try (SlideIndex index = openForWriting(config, json);
        Extractor extractor = extractor(args)) {
      ReconcileSummary summary = reconciler(config, index, extractor, args).reconcile(ReconcileListener.NONE);
      out.printf("index of %s: %d talk(s), %d page(s) (%d file(s) extracted now)%n", config.archive(),
          index.catalog().talkCount(), index.catalog().pageCount(), summary.filesExtracted());
      Glossary glossary = args.flag("no-glossary") ? Glossary.none() : glossary(config);
      RelevanceEvaluator evaluator = new RelevanceEvaluator(new TalkSearcher(index, glossary), index.catalog());
      new EvalReport(out).print(evaluator.run(queries), args.flag("verbose"));
      return 0;
    }
  }

  private int serve(LecternConfig config, Arguments args) throws IOException {
    requireArchive(config);
    UploadLimits limits = uploadLimits(args);
    ArchiveEditor editor = new ArchiveEditor(config.archive());
    int leftovers = editor.removeLeftovers(); // a crash mid-upload leaves only hidden staging files
    AtomicFiles spool = new AtomicFiles();
    spool.deleteTree(config.uploadSpoolDir());
    JsonCodec json = new JsonCodec();
    SlideIndex index = openForWriting(config, json);
    Extractor extractor = extractor(args);
    Reconciler reconciler = reconciler(config, index, extractor, args);
    EventLog log = eventLog(args);
    ExtractionCounter extractions = new ExtractionCounter();
    ReconcileScheduler scheduler = new ReconcileScheduler(reconciler, () -> ReconcileListener.all(
        new ChangesPrinter(new ProgressPrinter(out, false)), extractions, new EventLogListener(log)));
    WriteAccess writes = new WriteAccess(new TokenStore(config.index()), editor, new Trash(editor),
        new AuditLog(config.index()), scheduler, limits, config.uploadSpoolDir(), args.flag("private"));
    ChildProcessExtractor children = extractor instanceof ChildProcessExtractor c ? c : null;
    Metrics metrics = new Metrics(new MetricSources(index, reconciler::pending, extractions,
        children == null ? null : children::childrenStarted, children == null ? null : children::childrenDiscarded));
    WebServer server = new WebServer(index, new TalkSearcher(index, glossary(config)), json, config.archive(), reconciler::pending,
        writes, new ThumbnailStore(config.thumbnailDir()), metrics, log).start(config.host(), config.port());
    log.emit("serving", "host", config.host(), "port", server.port(), "talks", index.catalog().talkCount());
    out.printf("Lectern is serving %d talk(s) from %s at http://%s:%d/%n",
        index.catalog().talkCount(), config.archive(), displayHost(config.host()), server.port());
    if (leftovers > 0) {
      out.printf("removed %d unfinished upload(s) left by an earlier crash%n", leftovers);
    }
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    boolean reconcile = !args.flag(NO_RECONCILE_FLAG);
    if (reconcile) {
      scheduler.request(); // finishes whatever was acknowledged and not yet indexed before a restart
    }
    ArchiveWatcher watcher = new ArchiveWatcher(config.archive(), scheduler, 1000, 60_000);
    if (reconcile) {
      watcher.start();
    }
    Thread warm = new Thread(FormatDetector::warmUp, "lectern-warm-up");
    warm.setDaemon(true);
    warm.start();
    Thread ready = new Thread(() -> {
      try {
        scheduler.awaitIdle(Long.MAX_VALUE);
        out.printf("ready: %d talk(s), %d page(s)%n", index.catalog().talkCount(), index.catalog().pageCount());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "lectern-ready");
    ready.setDaemon(true);
    ready.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // SIGTERM drains: no new requests, talks in progress finish (or are left for the next run),
      // the index is committed and closed, and the process exits 0.
      out.println("lectern: stopping: no new requests; finishing the work in progress");
      out.flush();
      server.stop();
      out.println("lectern: web server stopped");
      out.flush();
      reconciler.stop(); // talks not yet started wait for the next run
      int code = 0;
      try {
        watcher.close();
        if (!scheduler.awaitIdle(10_000)) {
          extractor.close(); // an extraction still running is abandoned, not recorded
        }
        scheduler.close();
        extractor.close();
        index.commit();
        index.close();
        out.println("lectern: stopped; index committed");
      } catch (IOException | RuntimeException e) {
        err.println("lectern: closing the index failed: " + e.getMessage());
        code = 1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        code = 1;
      }
      out.flush();
      stopped.countDown();
      // A JVM ended by a signal exits 143 however cleanly its hooks ran; this one stopped cleanly.
      Runtime.getRuntime().halt(code);
    }, "lectern-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** Operational events go to stderr: key=value lines, or JSON lines with --log-json. */
  private EventLog eventLog(Arguments args) {
    return new EventLog(err, args.flag(LOG_JSON_FLAG) ? EventLog.Format.JSON : EventLog.Format.TEXT, Clock.systemUTC());
  }

  private static UploadLimits uploadLimits(Arguments args) {
    String raw = args.option("max-upload-mb", Map.of(), "", Integer.toString(UploadLimits.DEFAULT_MAX_FILE_MB));
    try {
      return UploadLimits.ofMegabytes(Integer.parseInt(raw.strip()));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--max-upload-mb must be a positive number of megabytes, was '" + raw + "'");
    }
  }

  private static String displayHost(String host) {
    return host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
  }
}
