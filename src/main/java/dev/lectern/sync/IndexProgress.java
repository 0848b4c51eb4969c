package dev.lectern.sync;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What {@code /health} says about indexing, heard from every reconciliation: the state, what each
 * pass has left, and a pass that failed or has made no progress for too long. It starts in
 * {@code starting} and leaves it only once a scan has counted the archive, so a probe asking in the
 * first millisecond is never told that an empty index is ready.
 */
public final class IndexProgress implements ReconcileListener {
  /** The states, in the order a first run goes through them. */
  public enum State {
    /** The archive has not been counted yet. */
    STARTING,
    /** Text is being extracted and indexed: some talks are not searchable yet. */
    INDEXING,
    /** Every talk's text is searchable; page images, OCR or embeddings are still running. */
    ENRICHING,
    /** Nothing left to do. */
    READY;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Where search by meaning stands: off (--no-embeddings), loading, embedding, ready, or failed. */
  public enum Semantic {
    OFF, LOADING, EMBEDDING, READY, FAILED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One reading: the state, each pass's remaining count, a problem to report (or null), where search
   * by meaning stands, warnings about features that run degraded, and the time of each pass the last
   * time it had pages to work on.
   */
  public record Snapshot(State state, Map<ReconcilePass, Integer> pending, String problem, Semantic semantic,
      java.util.List<String> warnings, Map<ReconcilePass, PassTime> passes) {}

  private final Duration stallAfter;
  private final LongSupplier nanoClock;
  private final Map<ReconcilePass, Integer> pending = new EnumMap<>(ReconcilePass.class);
  private final Map<ReconcilePass, PassTime> passes = new EnumMap<>(ReconcilePass.class);
  private boolean counted;
  private boolean running;
  private boolean textDone;
  private long lastProgress;
  private String failure;
  private Semantic semantic = Semantic.OFF;
  private String semanticWarning;

  public IndexProgress(Duration stallAfter) {
    this(stallAfter, System::nanoTime);
  }

  IndexProgress(Duration stallAfter, LongSupplier nanoClock) {
    this.stallAfter = stallAfter;
    this.nanoClock = nanoClock;
    for (ReconcilePass pass : ReconcilePass.values()) {
      pending.put(pass, 0);
    }
  }

  /** A progress whose archive is already counted and indexed: a server that does not reconcile. */
  public static IndexProgress settled() {
    IndexProgress progress = new IndexProgress(Duration.ofDays(365));
    progress.counted = true;
    return progress;
  }

  @Override
  public synchronized void passStarting() {
    running = true;
    textDone = false;
    lastProgress = nanoClock.getAsLong();
  }

  @Override
  public synchronized void started(int talks, int files) {
    counted = true;
    running = true;
    textDone = false;
    pending.put(ReconcilePass.TEXT, files);
    lastProgress = nanoClock.getAsLong();
  }

  @Override
  public synchronized void fileDone(String path, String format, String status, String reason, int pages) {
    lastProgress = nanoClock.getAsLong();
  }

  @Override
  public synchronized void searchable(long ms, int imageFiles) {
    textDone = true;
    lastProgress = nanoClock.getAsLong();
  }

  @Override
  public synchronized void remaining(ReconcilePass pass, int count) {
    pending.put(pass, Math.max(0, count));
    lastProgress = nanoClock.getAsLong();
  }

  @Override
  public synchronized void finished(ReconcileSummary summary) {
    counted = true;
    running = false;
    failure = null;
    pending.replaceAll((pass, count) -> pass == ReconcilePass.EMBEDDINGS ? count : 0); // reported by its own pass
    if (summary != null) {
      passTook(ReconcilePass.TEXT, summary.text());
      passTook(ReconcilePass.IMAGES, summary.images());
      passTook(ReconcilePass.OCR, summary.ocr());
    }
  }

  /**
   * A pass finished: its time is kept when it had pages to work on, so a later reconciliation that
   * found nothing to do leaves the figures of the last real work.
   */
  public synchronized void passTook(ReconcilePass pass, PassTime time) {
    if (time.pages() > 0) {
      passes.put(pass, time);
    }
  }

  @Override
  public synchronized void passFailed(Throwable error) {
    running = false;
    pending.replaceAll((pass, count) -> pass == ReconcilePass.EMBEDDINGS ? count : 0);
    failure = "the last indexing pass failed (" + error.getClass().getSimpleName() + "); the server log has the"
        + " details; the next change to the archive starts a new pass";
  }

  public synchronized Snapshot snapshot() {
    String problem = failure;
    long idleNanos = nanoClock.getAsLong() - lastProgress;
    if (running && idleNanos > stallAfter.toNanos()) {
      problem = "indexing has made no progress for " + Duration.ofNanos(idleNanos).toSeconds() + " s";
    }
    return new Snapshot(state(), Map.copyOf(pending), problem, semantic,
        semanticWarning == null ? java.util.List.of() : java.util.List.of(semanticWarning), Map.copyOf(passes));
  }

  /**
   * Where search by meaning stands; {@code warning} says why it is failed (null otherwise), which
   * {@code /health} shows: search then answers by words alone.
   */
  public synchronized void semantic(Semantic state, String warning) {
    semantic = state;
    semanticWarning = warning;
  }

  private State state() {
    if (!counted) {
      return State.STARTING;
    }
    if (pending.get(ReconcilePass.TEXT) > 0 || running && !textDone) {
      return State.INDEXING;
    }
    boolean enriching = pending.entrySet().stream()
        .anyMatch(e -> e.getKey() != ReconcilePass.TEXT && e.getValue() > 0);
    return enriching || running ? State.ENRICHING : State.READY;
  }
}
