package dev.lectern.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.extract.ocr.OcrSettings;
import dev.lectern.extract.ocr.PageOcr;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.render.PageDrawer;
import dev.lectern.render.PageImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts, and draws page images, in child JVMs, never in the caller's: a parser or renderer that
 * hangs, exhausts its heap or crashes takes down a child, which is killed and replaced, while the
 * server's heap and latency are untouched. Up to {@code children} files are extracted at once (one per child, one child per
 * caller); children start lazily and are killed on {@link #close()} and at JVM exit. A file whose
 * child times out, runs out of memory or crashes is tried once more on a fresh child, then reported
 * {@link ExtractionStatus#FAILED} with a reason that starts {@code timeout}, {@code out of memory}
 * or {@code crashed}.
 */
public final class ChildProcessExtractor implements Extractor, PageDrawer {
  private static final Logger LOG = LoggerFactory.getLogger(ChildProcessExtractor.class);
  private static final long STARTUP_MILLIS = 60_000;
  private static final Runnable NOTHING = () -> { };

  private static final long ARCHIVE_WRITE_MILLIS = 20_000;

  private final ExtractionLimits limits;
  private final int children;
  private final List<String> jvm;
  private final List<String> main;
  private final SharedClassArchive classArchive;
  private final Semaphore slots;
  private final Deque<ExtractionChild> idle = new ArrayDeque<>();
  private final Set<ExtractionChild> running = ConcurrentHashMap.newKeySet();
  private final ObjectMapper json = ExtractionJson.mapper();
  private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "lectern-extract-reader");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong started = new AtomicLong();
  private final AtomicLong replaced = new AtomicLong();
  // At JVM exit the extractor is closed, not just emptied: a call in flight must end as
  // ExtractorClosedException (requeued), never as a "crashed" verdict that would be cached.
  private final Thread shutdownHook = new Thread(this::closeChildren, "lectern-extract-children-kill");
  private volatile boolean closed;
  private int warming; // children being started by warmUp(), guarded by idle

  public ChildProcessExtractor(ExtractionLimits limits, int children) {
    this(limits, children, List.of());
  }

  public ChildProcessExtractor(ExtractionLimits limits, int children, List<String> jvmOptions) {
    this(limits, children, jvmOptions, OcrSettings.NONE);
  }

  /**
   * {@code jvmOptions} are extra child JVM options (tests use them to switch on worker hooks);
   * {@code ocr} says whether and how children read page images.
   */
  public ChildProcessExtractor(ExtractionLimits limits, int children, List<String> jvmOptions, OcrSettings ocr) {
    if (children < 1) {
      throw new IllegalArgumentException("children must be >= 1, was " + children);
    }
    this.limits = limits;
    this.children = children;
    this.slots = new Semaphore(children);
    this.jvm = jvm(limits, jvmOptions);
    this.main = main(limits, ocr);
    this.classArchive = SharedClassArchive.forClassPath(System.getProperty("java.class.path"));
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  private static List<String> jvm(ExtractionLimits limits, List<String> jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + limits.heapMb() + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    // One parse at a time needs no parallel collector, and the serial one has the smallest footprint.
    command.add("-XX:+UseSerialGC");
    // The client compiler only: a child parses a few files with code paths that differ per format,
    // and the optimizing compiler spent more CPU compiling them than it saved (indexing the shared
    // corpus took 27.5 CPU-s with it, 15.2-15.9 without; BENCHMARKS.md).
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Djava.awt.headless=true");
    command.addAll(jvmOptions);
    return List.copyOf(command);
  }

  private static List<String> main(ExtractionLimits limits, OcrSettings ocr) {
    List<String> command = new ArrayList<>();
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ExtractionWorker.class.getName());
    command.add(Long.toString(limits.maxCharacters()));
    command.add(Double.toString(limits.minInflateRatio()));
    command.add(Long.toString(limits.maxZipEntryBytes()));
    command.add(Long.toString(limits.maxZipEntries()));
    command.addAll(ocr.toArguments());
    return List.copyOf(command);
  }

  @Override
  public Extraction extract(Path file) {
    Attempt done = run(new ExtractionWorker.Request(file.toAbsolutePath().toString(), null), "extraction", NOTHING);
    return done.reply() != null
        ? done.reply().extraction()
        : Extraction.failed(ExtractionStatus.FAILED, done.failure() + "; retried once");
  }

  /**
   * Reads the waiting pages in a child, under the same heap cap and restart as extraction; the
   * timeout runs per page (each page read restarts it). A child that fails twice leaves the pages
   * unread, and the file {@code needs-ocr} with why.
   */
  @Override
  public Extraction recognise(Path file, Extraction extraction, Runnable pageDone) {
    if (!extraction.waitsForOcr()) {
      return extraction;
    }
    Attempt done = run(new ExtractionWorker.Request(file.toAbsolutePath().toString(), null, extraction), "OCR",
        pageDone);
    return done.reply() != null && done.reply().extraction() != null
        ? done.reply().extraction()
        : PageOcr.unread(extraction, done.failure() + "; retried once");
  }

  /**
   * Draws the file's page images in a child, under the same timeout, heap cap and restart as
   * extraction: a file that hangs or exhausts the renderer costs a child, and its pages get text
   * cards (no images) instead.
   */
  @Override
  public List<PageImage> render(Path file) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("lectern-pages");
      Attempt done = run(new ExtractionWorker.Request(file.toAbsolutePath().toString(), folder.toString()),
          "page images", NOTHING);
      if (done.reply() == null) {
        return List.of();
      }
      if (done.reply().pages() == ExtractionWorker.UNDRAWABLE) {
        return null; // see PageDrawer: not cached, drawn again by a run that has the font
      }
      return DrawnPages.read(folder, done.reply().pages());
    } catch (IOException e) {
      LOG.warn("no page images for {}: {}", file, e.toString());
      return List.of();
    } finally {
      DrawnPages.delete(folder);
    }
  }

  /** One request on a child, retried once on a fresh child when the first dies or times out. */
  private Attempt run(ExtractionWorker.Request request, String what, Runnable working) {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractorClosedException(request.path());
    }
    try {
      Attempt first = attempt(request, working);
      if (first.reply() != null) {
        return first;
      }
      LOG.warn("{} of {} failed ({}); retrying once on a fresh child", what, request.path(), first.failure());
      Attempt second = attempt(request, working);
      if (second.reply() == null) {
        LOG.warn("{} of {} failed again ({})", what, request.path(), second.failure());
      }
      return second;
    } finally {
      slots.release();
    }
  }

  /** One try on one child: a reply, or a failure reason after the child was killed. */
  private record Attempt(ExtractionWorker.Reply reply, String failure) {}

  private Attempt attempt(ExtractionWorker.Request request, Runnable working) {
    String path = request.path();
    ExtractionChild child;
    try {
      child = checkOut(path);
    } catch (TimeoutException e) {
      requireOpen(path);
      return new Attempt(null, "crashed: the extraction child did not start within "
          + STARTUP_MILLIS / 1000 + " s (is the machine overloaded?)");
    } catch (IOException e) {
      requireOpen(path);
      return new Attempt(null, "crashed: the extraction child did not start (" + e.getMessage() + ")");
    }
    ExtractionWorker.Reply reply;
    try {
      reply = child.send(request, limits.timeout().toMillis(), working);
    } catch (TimeoutException e) {
      discard(child);
      requireOpen(path);
      return new Attempt(null, "timeout after " + limits.timeout().toSeconds() + " s");
    } catch (IOException | RuntimeException e) {
      discard(child);
      requireOpen(path);
      return new Attempt(null, "crashed: unreadable reply from the extraction child (" + e.getMessage() + ")");
    }
    if (reply == null || !reply.answered()) {
      int exit = child.exitCode();
      discard(child);
      requireOpen(path);
      if (child.ranOutOfMemory(exit)) {
        return new Attempt(null, "out of memory (child heap " + limits.heapMb() + " MB)");
      }
      return new Attempt(null, "crashed (" + child.describeExit() + ")");
    }
    checkIn(child);
    return new Attempt(reply, "");
  }

  /**
   * Starts the children that are not running yet, in the background; a file that arrives meanwhile
   * waits for one of them instead of starting another JVM.
   */
  public void warmUp() {
    warmUp(children);
  }

  /** Starts only as many children as {@code parsers} (at most all of them); more start when needed. */
  @Override
  public void warmUp(int parsers) {
    int missing;
    synchronized (idle) {
      missing = closed ? 0 : Math.min(children, parsers) - running.size() - warming;
      warming += Math.max(0, missing);
    }
    for (int i = 0; i < missing; i++) {
      readers.execute(() -> {
        ExtractionChild child = null;
        try {
          child = startChild();
        } catch (IOException | TimeoutException | RuntimeException e) {
          LOG.debug("warming up an extraction child failed: {}", e.toString()); // a file needing one starts its own
        } finally {
          // One step: a waiting caller must never see this start over before the child is idle.
          synchronized (idle) {
            warming--;
            if (child != null && !closed) {
              idle.addFirst(child);
              child = null;
            }
            idle.notifyAll();
          }
        }
        if (child != null) {
          discard(child); // closed meanwhile
        }
      });
    }
  }

  private ExtractionChild checkOut(String path) throws IOException, TimeoutException {
    synchronized (idle) {
      while (true) {
        ExtractionChild child = idle.pollFirst();
        if (child != null && child.alive()) {
          return child;
        }
        if (child != null) {
          discard(child);
          continue;
        }
        if (warming == 0 || closed) {
          break;
        }
        try {
          idle.wait(STARTUP_MILLIS);
        } catch (InterruptedException e) {
          // Cut short, not crashed: the file was never tried, so no verdict on it may be cached.
          Thread.currentThread().interrupt();
          throw new ExtractorClosedException(path);
        }
      }
    }
    return startChild();
  }

  private ExtractionChild startChild() throws IOException, TimeoutException {
    long start = System.nanoTime();
    SharedClassArchive.Options options = classArchive.next();
    List<String> command = new ArrayList<>(jvm);
    command.addAll(options.jvmOptions());
    command.addAll(main);
    ExtractionChild child;
    try {
      child = ExtractionChild.start(command, json, readers, STARTUP_MILLIS, options.recordingTo());
    } catch (IOException | TimeoutException | RuntimeException e) {
      classArchive.abandon(options.recordingTo());
      throw e;
    }
    running.add(child);
    if (closed) {
      discard(child);
      throw new IOException("extractor closed");
    }
    if (started.incrementAndGet() > 1) {
      LOG.debug("extraction child {} started in {} ms", child.pid(), (System.nanoTime() - start) / 1_000_000);
    }
    return child;
  }

  private void checkIn(ExtractionChild child) {
    synchronized (idle) {
      if (!closed) {
        idle.addFirst(child);
        idle.notifyAll();
        return;
      }
    }
    discard(child);
  }

  private void discard(ExtractionChild child) {
    child.kill();
    classArchive.abandon(child.recordingTo());
    if (running.remove(child)) {
      replaced.incrementAndGet();
    }
  }

  private void requireOpen(String path) {
    if (closed) {
      throw new ExtractorClosedException(path);
    }
  }

  /** Child processes started so far (the first ones and every replacement). */
  public long childrenStarted() {
    return started.get();
  }

  /** Children killed after a timeout, an out-of-memory exit or a crash (or at close). */
  public long childrenDiscarded() {
    return replaced.get();
  }

  public ExtractionLimits limits() {
    return limits;
  }

  @Override
  public void close() {
    closed = true;
    stopRecordingChild();
    closeChildren();
    readers.shutdownNow();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: it does the same
    }
  }

  private void closeChildren() {
    closed = true;
    killAll();
  }

  private void killAll() {
    synchronized (idle) {
      idle.clear();
    }
    for (ExtractionChild child : List.copyOf(running)) {
      child.kill();
      classArchive.abandon(child.recordingTo());
    }
  }

  /**
   * The idle child that records the class-data archive is let go the clean way, so that it writes
   * the archive (a second or so, once per jar); any other child is killed as before.
   */
  private void stopRecordingChild() {
    ExtractionChild recorder = null;
    synchronized (idle) {
      for (ExtractionChild child : idle) {
        if (child.recordingTo() != null) {
          recorder = child;
        }
      }
      idle.remove(recorder);
    }
    if (recorder == null) {
      return;
    }
    if (recorder.stop(ARCHIVE_WRITE_MILLIS)) {
      classArchive.adopt(recorder.recordingTo());
    } else {
      classArchive.abandon(recorder.recordingTo());
    }
    running.remove(recorder);
  }
}
