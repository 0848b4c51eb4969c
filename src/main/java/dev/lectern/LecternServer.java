package dev.lectern;

import dev.lectern.archive.ArchiveEditor;
import dev.lectern.archive.AtomicFiles;
import dev.lectern.archive.AuditLog;
import dev.lectern.archive.Trash;
import dev.lectern.auth.TokenStore;
import dev.lectern.cli.ArchivePaths;
import dev.lectern.cli.ChangesPrinter;
import dev.lectern.cli.EventLogListener;
import dev.lectern.cli.ExtractionSettings;
import dev.lectern.cli.ProgressPrinter;
import dev.lectern.cli.ServerSettings;
import dev.lectern.cli.UsageException;
import dev.lectern.extract.ChildProcessExtractor;
import dev.lectern.extract.Extractor;
import dev.lectern.extract.FormatDetector;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SearchCache;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.log.EventLog;
import dev.lectern.render.ThumbnailStore;
import dev.lectern.sync.ArchiveWatcher;
import dev.lectern.sync.ExtractionCounter;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.ReconcileScheduler;
import dev.lectern.sync.ReconcileSummary;
import dev.lectern.sync.Reconciler;
import dev.lectern.sync.IndexProgress;
import dev.lectern.sync.Embeddings;
import java.util.concurrent.atomic.AtomicReference;
import dev.lectern.web.MetricSources;
import dev.lectern.web.Metrics;
import dev.lectern.web.UploadLimits;
import dev.lectern.web.WebServer;
import dev.lectern.web.WriteAccess;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A running server: the index, the extractors, the reconcile scheduler, the archive watcher and
 * the web server, wired here and closed here in the one order that loses nothing — no new
 * requests, then no new talks, then the work in progress finishes (or is left for the next run),
 * then the index is committed and closed.
 */
final class LecternServer implements AutoCloseable {
  /** No file takes this long (extraction has its own time limit): a pass this quiet is stuck. */
  private static final Duration STALL_AFTER = Duration.ofMinutes(10);
  private final PrintStream out;
  private final SlideIndex index;
  private final Extractor extractor;
  private final Reconciler reconciler;
  private final ReconcileScheduler scheduler;
  private final ArchiveWatcher watcher;
  private final WebServer web;
  private final ServerEmbeddings embeddings;

  private LecternServer(PrintStream out, SlideIndex index, Extractor extractor, Reconciler reconciler,
      ReconcileScheduler scheduler, ArchiveWatcher watcher, WebServer web, ServerEmbeddings embeddings) {
    this.embeddings = embeddings;
    this.out = out;
    this.index = index;
    this.extractor = extractor;
    this.reconciler = reconciler;
    this.scheduler = scheduler;
    this.watcher = watcher;
    this.web = web;
  }

  /** Builds and starts everything; answers from the existing index at once, reconciles behind. */
  static LecternServer start(Lectern parts, ArchivePaths paths, ServerSettings settings,
      ExtractionSettings extraction, EventLog log, PrintStream out) throws IOException {
    UploadLimits limits = uploadLimits(settings);
    ArchiveEditor editor = new ArchiveEditor(paths.archive());
    // A crash mid-upload leaves only hidden staging files; a read-only server leaves the archive as it is.
    int leftovers = settings.readOnly() ? 0 : editor.removeLeftovers();
    new AtomicFiles().deleteTree(paths.uploadSpoolDir());
    SlideIndex index = parts.openForWriting(paths);
    Extractor extractor = parts.extractor(extraction);
    AtomicReference<Reconciler> textPass = new AtomicReference<>();
    Embeddings embeddings = parts.embeddings(paths, index, extraction, () -> textPass.get().pending());
    Reconciler reconciler = parts.reconciler(paths, index, extractor, extraction, embeddings);
    textPass.set(reconciler);
    ExtractionCounter extractions = new ExtractionCounter();
    IndexProgress progress = settings.reconcile() ? new IndexProgress(STALL_AFTER) : IndexProgress.settled();
    ServerEmbeddings semantic = new ServerEmbeddings(embeddings, progress, out);
    ReconcileScheduler scheduler = new ReconcileScheduler(reconciler, () -> ReconcileListener.all(semantic.afterText(),
        progress, new ChangesPrinter(new ProgressPrinter(out, false, extraction.ocrAdvice())), extractions,
        new EventLogListener(log)));
    WriteAccess writes = new WriteAccess(new TokenStore(paths.index()), editor, new Trash(editor),
        new AuditLog(paths.index()), scheduler, limits, paths.uploadSpoolDir(), settings.privateMode(), settings.readOnly());
    ChildProcessExtractor children = extractor instanceof ChildProcessExtractor c ? c : null;
    SearchCache answers = new SearchCache(SearchCache.DEFAULT_WEIGHT);
    TalkSearcher searcher = parts.searcher(index, paths, true, semantic.search(), answers);
    Metrics metrics = new Metrics(new MetricSources(index, reconciler::pending, extractions,
        children == null ? null : children::childrenStarted, children == null ? null : children::childrenDiscarded,
        semantic.pending(), answers));
    WebServer web = new WebServer(index, searcher, new JsonCodec(),
        paths.archive(), reconciler::pending, writes, new ThumbnailStore(paths.thumbnailDir()), metrics,
        settings.logRequests() ? log : EventLog.NONE, progress)
        .start(settings.host(), settings.port());
    log.emit("serving", "host", settings.host(), "port", web.port(), "talks", index.catalog().talkCount());
    out.printf("Lectern is serving %d talk(s) from %s at http://%s:%d/%n",
        index.catalog().talkCount(), paths.archive(), settings.displayHost(), web.port());
    if (leftovers > 0) {
      out.printf("removed %d unfinished upload(s) left by an earlier crash%n", leftovers);
    }
    if (!extraction.ocr().usable()) {
      out.printf("OCR: %s; pages with garbled text, no text or mostly a picture are indexed without it (%s)%n",
          extraction.ocr().unavailable(), extraction.ocrAdvice());
    }
    out.flush();
    ArchiveWatcher watcher = new ArchiveWatcher(paths.archive(), scheduler, 1000, 60_000);
    if (settings.reconcile()) {
      scheduler.request(); // finishes whatever was acknowledged and not yet indexed before a restart
      watcher.start();
    }
    LecternServer server = new LecternServer(out, index, extractor, reconciler, scheduler, watcher, web, semantic);
    semantic.start();
    daemon("lectern-warm-up", FormatDetector::warmUp);
    daemon("lectern-ready", server::announceReady);
    return server;
  }

  private void announceReady() {
    try {
      scheduler.awaitIdle(Long.MAX_VALUE);
      out.printf("ready: %d talk(s), %d page(s)%n", index.catalog().talkCount(), index.catalog().pageCount());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Drains: no new requests, talks in progress finish (or are left for the next run), the index is committed. */
  @Override
  public void close() throws IOException {
    out.println("lectern: stopping: no new requests; finishing the work in progress");
    out.flush();
    web.stop();
    out.println("lectern: web server stopped");
    out.flush();
    reconciler.stop(); // talks not yet started wait for the next run
    try {
      watcher.close();
      if (!scheduler.awaitIdle(10_000)) {
        extractor.close(); // an extraction still running is abandoned, not recorded
      }
      scheduler.close();
      embeddings.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while finishing the work in progress");
    }
    extractor.close();
    index.commit();
    index.close();
    out.println("lectern: stopped; index committed");
  }

  private static void daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static UploadLimits uploadLimits(ServerSettings settings) {
    try {
      return UploadLimits.ofMegabytes(settings.maxUploadMb());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--max-upload-mb must be a positive number of megabytes, was '"
          + settings.maxUploadMb() + "'");
    }
  }
}
