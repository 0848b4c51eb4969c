package dev.lectern;

import dev.lectern.cli.ArchivePaths;
import dev.lectern.cli.Components;
import dev.lectern.cli.ExtractionSettings;
import dev.lectern.cli.LecternCommand;
import dev.lectern.cli.LogOptions;
import dev.lectern.cli.ServerSettings;
import dev.lectern.extract.ChildProcessExtractor;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.Extractor;
import dev.lectern.extract.OcrExtractor;
import dev.lectern.extract.PageImageDrawer;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.extract.keynote.KeynoteLimits;
import dev.lectern.index.IndexRecovery;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.index.analysis.Glossary;
import dev.lectern.log.EventLog;
import dev.lectern.log.LibraryLogs;
import dev.lectern.render.PageDrawer;
import dev.lectern.render.CjkFont;
import dev.lectern.render.SlideRenderer;
import dev.lectern.render.SlideThumbnailer;
import dev.lectern.render.ThumbnailStore;
import dev.lectern.render.Thumbnailer;
import dev.lectern.sync.Reconciler;
import dev.lectern.index.SearchCache;
import dev.lectern.index.SemanticSearch;
import dev.lectern.sync.Embeddings;
import java.io.IOException;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The entry point and the one place where Lectern is wired: the command line is parsed by
 * {@link LecternCommand}, and every component a command runs is built here (the server's by
 * {@link LecternServer}) and gets what it needs through its constructor.
 */
public final class Lectern implements Components {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Runnable beforeModelLoad;

  public Lectern(PrintStream out, PrintStream err, Map<String, String> env) {
    this(out, err, env, () -> {});
  }

  /** As above; {@code beforeModelLoad} runs just before the embedding model loads (tests hold the load there). */
  Lectern(PrintStream out, PrintStream err, Map<String, String> env, Runnable beforeModelLoad) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.beforeModelLoad = beforeModelLoad;
  }

  public static void main(String[] args) {
    LibraryLogs.quiet();
    if (List.of(args).contains(LogOptions.LOG_JSON)) {
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
      return LecternCommand.create(out, err, env, this).execute(argv);
    } catch (VirtualMachineError e) { // out of memory or stack: say so in one line, not a stack trace
      err.println("lectern: the JVM gave up (" + e + "); try a larger heap (LECTERN_JAVA_OPTS=-Xmx…)");
      return 1;
    }
  }

  @Override
  public SlideIndex openForWriting(ArchivePaths paths) throws IOException {
    return new IndexRecovery(out, Clock.systemUTC()).openForWriting(paths.luceneDir(), new JsonCodec());
  }

  @Override
  public SlideIndex openForReading(ArchivePaths paths) throws IOException {
    return SlideIndex.openForReading(paths.luceneDir(), new JsonCodec());
  }

  /** Files are parsed (and pages read by OCR) in child JVMs, so no file can take this process down. */
  @Override
  public Extractor extractor(ExtractionSettings settings) {
    if (settings.inProcess()) {
      return new OcrExtractor(new TikaExtractor(), settings.ocr(), () -> { });
    }
    return new ChildProcessExtractor(settings.limits(), Runtime.getRuntime().availableProcessors(), List.of(),
        settings.ocr());
  }

  @Override
  public Reconciler reconciler(ArchivePaths paths, SlideIndex index, Extractor extractor, ExtractionSettings settings) {
    return reconciler(paths, index, extractor, settings, null);
  }

  @Override
  public Reconciler reconciler(ArchivePaths paths, SlideIndex index, Extractor extractor, ExtractionSettings settings,
      Embeddings embeddings) {
    // Page images are drawn where files are parsed: in the isolated children when there are any.
    PageDrawer drawer = extractor instanceof ChildProcessExtractor children
        ? children
        : new PageImageDrawer(SlideRenderer.standard(), KeynoteLimits.DEFAULTS);
    if (settings.pageImages() && !CjkFont.available()) {
      err.println("lectern: warning: " + CjkFont.MISSING);
    }
    Thumbnailer pageImages = settings.pageImages()
        ? new SlideThumbnailer(drawer, new ThumbnailStore(paths.thumbnailDir()))
        : Thumbnailer.NONE;
    return new Reconciler(paths.archive(), index, extractor,
        new ExtractionCache(paths.extractionCacheDir(), settings.ocr().cacheVariant()), pageImages,
        Runtime.getRuntime().availableProcessors(),
        embeddings == null ? UnaryOperator.identity() : embeddings.pass()::withCachedVectors);
  }

  @Override
  public Embeddings embeddings(ArchivePaths paths, SlideIndex index, ExtractionSettings settings,
      IntSupplier textPending) {
    if (!settings.embeddings()) {
      return null;
    }
    return new Embeddings(paths.nativeLibraryDir(), paths.embeddingCacheDir(), index,
        new ExtractionCache(paths.extractionCacheDir(), settings.ocr().cacheVariant()), textPending,
        Runtime.getRuntime().availableProcessors(), beforeModelLoad);
  }

  @Override
  public TalkSearcher searcher(SlideIndex index, ArchivePaths paths, boolean glossary) {
    return searcher(index, paths, glossary, SemanticSearch.off());
  }

  @Override
  public TalkSearcher searcher(SlideIndex index, ArchivePaths paths, boolean glossary, SemanticSearch semantic) {
    return searcher(index, paths, glossary, semantic, SearchCache.off());
  }

  @Override
  public TalkSearcher searcher(SlideIndex index, ArchivePaths paths, boolean glossary, SemanticSearch semantic,
      SearchCache cache) {
    return new TalkSearcher(index, glossary ? new Glossary(paths.glossary()) : Glossary.none(), semantic, cache);
  }

  @Override
  public EventLog eventLog(boolean json) {
    return new EventLog(err, json ? EventLog.Format.JSON : EventLog.Format.TEXT, Clock.systemUTC());
  }

  @Override
  public int serve(ArchivePaths paths, ServerSettings settings, ExtractionSettings extraction, boolean logJson)
      throws IOException {
    LecternServer server = LecternServer.start(this, paths, settings, extraction, eventLog(logJson), out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      int code = 0;
      try {
        server.close();
      } catch (IOException | RuntimeException e) {
        err.println("lectern: closing the index failed: " + e.getMessage());
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
}
