package dev.lectern.sync;

import dev.lectern.archive.ArchiveScanner;
import dev.lectern.archive.ArchiveSnapshot;
import dev.lectern.archive.ArchiveTalk;
import dev.lectern.archive.MetadataProblem;
import dev.lectern.archive.SpeakerDirectory;
import dev.lectern.archive.TalkAssembler;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.Extractor;
import dev.lectern.index.IndexedTalk;
import dev.lectern.index.SlideIndex;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Meetup;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import dev.lectern.render.Thumbnailer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.UnaryOperator;

/**
 * Brings the index in line with the archive, the source of truth: talks whose files or metadata
 * changed (by content hash) are extracted and rewritten, talks gone from the archive are deleted,
 * and unchanged talks are not touched. Extraction results are cached by content hash, so a rebuild
 * or an analyzer change re-reads no file.
 */
public final class Reconciler {
  private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
  private final Path archive;
  private final SlideIndex index;
  private final Extractor extractor;
  private final ExtractionCache cache;
  private final TalkAssembler assembler;
  private final ArchiveHashes archiveHashes;
  private final Thumbnailer thumbnailer;
  private final int threads;
  /**
   * Files parsed at once in the text pass: one fewer than the threads, so that one core is left to
   * this process's own indexing (analysis of the text) while the others parse. Parsing on every
   * core as well oversubscribed them, and each extra parser is a JVM that starts and warms up on its
   * own: on 2 cores, one parser took the text pass of the shared corpus from about 24 to 14 CPU-s.
   */
  private final int parsers;
  private final Semaphore parsing;
  private final OcrPass ocr;
  private final UnaryOperator<IndexedTalk> cachedVectors;
  private final MetadataRefresh refresh;
  private final AtomicInteger pending = new AtomicInteger();
  private final SameDeckTalks sameDecks = new SameDeckTalks();
  /** Files extracted early, to tell whether two talks are one deck; their talks' jobs take them from here. */
  private final Map<String, Early> early = new java.util.concurrent.ConcurrentHashMap<>();
  /** Metadata refreshes finished; a pass that saw one finish after its own read leaves the meetups to it. */
  private final AtomicLong refreshes = new AtomicLong();
  private volatile boolean stopping;

  public Reconciler(
      Path archive, SlideIndex index, Extractor extractor, ExtractionCache cache, int threads) {
    this(archive, index, extractor, cache, Thumbnailer.NONE, threads);
  }

  public Reconciler(Path archive, SlideIndex index, Extractor extractor, ExtractionCache cache,
      Thumbnailer thumbnailer, int threads) {
    this(archive, index, extractor, cache, thumbnailer, threads, UnaryOperator.identity());
  }

  /**
   * {@code cachedVectors} gives a talk its slide vectors when they are all cached, so an unchanged
   * slide is written with its vector at once; the embedding pass does the rest after the text pass.
   */
  public Reconciler(Path archive, SlideIndex index, Extractor extractor, ExtractionCache cache,
      Thumbnailer thumbnailer, int threads, UnaryOperator<IndexedTalk> cachedVectors) {
    this.archive = archive;
    this.cachedVectors = cachedVectors;
    this.index = index;
    this.extractor = extractor;
    this.cache = cache;
    this.thumbnailer = thumbnailer;
    this.assembler = new TalkAssembler();
    this.archiveHashes = new ArchiveHashes(archive);
    this.threads = Math.max(1, threads);
    this.parsers = textParsers(this.threads);
    this.parsing = new Semaphore(parsers);
    this.ocr = new OcrPass(archive, index, extractor, cache, assembler, () -> stopping);
    this.refresh = new MetadataRefresh(archive, index, cache, assembler, archiveHashes, cachedVectors,
        talks -> joinSameDecks(talks, false));
  }

  /**
   * Rewrites the talks whose metadata changed from the extraction cache, without waiting for a
   * running reconciliation; true when every change of the archive is searchable now (see
   * {@link MetadataRefresh}). Not synchronized with {@link #reconcile}: that is its point.
   */
  public boolean refreshMetadata() throws IOException {
    if (stopping) {
      return false;
    }
    boolean complete = refresh.refresh();
    refreshes.incrementAndGet();
    return complete;
  }

  /** Files found in the archive and not yet indexed by a running reconciliation. */
  public int pending() {
    return pending.get();
  }

  /**
   * Asks a running reconciliation to wind down (the server is stopping): talks not yet started are
   * skipped, talks in progress finish. Skipped talks keep their old fingerprint, so the next run
   * picks them up.
   */
  public void stop() {
    stopping = true;
  }

  public synchronized ReconcileSummary reconcile(ReconcileListener listener) throws IOException {
    long start = System.nanoTime();
    listener.passStarting();
    long refreshesBefore = refreshes.get();
    if (index.catalog().talkCount() == 0 && hasEntries(archive)) {
      // A new index parses every talk the archive has: the parsers start (a JVM each, about a second)
      // while the archive is scanned, instead of after.
      extractor.warmUp(parsers);
    }
    ArchiveSnapshot snapshot = new ArchiveScanner(archive).scan();
    early.clear(); // a pass that failed may have left some: their files may have changed since
    snapshot.problems().forEach(listener::problem);
    // The latest write of each talk, not only the last commit: a metadata refresh may have written since.
    Map<String, String> indexed = new HashMap<>();
    index.catalog().fingerprints().keySet().forEach(id -> indexed.put(id, index.latestFingerprint(id)));
    AtomicBoolean hashed = new AtomicBoolean();
    Thread hasher = null;
    if (snapshot.talks().stream().anyMatch(talk -> !indexed.containsKey(talk.id()))) {
      extractor.warmUp(parsers); // new talks will be parsed: start the parsers while the files are hashed
      hasher = hashFromTheEnd(snapshot.talks(), hashed);
    }
    List<Job> jobs = new ArrayList<>();
    int unchanged = 0;
    try {
      for (ArchiveTalk talk : joinSameDecks(snapshot.talks())) {
        Map<String, String> hashes = archiveHashes.of(talk);
        String fingerprint = ArchiveHashes.fingerprint(talk, hashes);
        indexed.remove(talk.id());
        String previous = index.latestFingerprint(talk.id());
        if (fingerprint.equals(previous)) {
          unchanged++;
          if (hashes.values().stream().anyMatch(thumbnailer::missing)) {
            jobs.add(new Job(talk, hashes, fingerprint, previous, true, snapshot.speakers())); // images only: deleted, or new in this version
          }
        } else {
          jobs.add(new Job(talk, hashes, fingerprint, previous, false, snapshot.speakers()));
        }
      }
    } finally {
      hashed.set(true);
      awaitHasher(hasher); // it stops after its current file; the hashes it holds are pruned below
    }
    List<Job> indexing = jobs.stream().filter(j -> !j.imagesOnly()).toList();
    int files = indexing.stream().mapToInt(j -> j.talk().files().size()).sum();
    // The listener hears of the pass before the count is published: /health reads the count and then the
    // listener's state, so a count above zero always comes with the state "indexing", never "starting".
    listener.started(indexing.size(), files);
    listener.remaining(ReconcilePass.TEXT, files);
    pending.set(files);
    ReconcileTally tally = new ReconcileTally();
    // Largest talks first: a big deck started last would run alone while the other cores idle.
    jobs.sort(Comparator.comparingLong((Job job) -> bytes(job.talk())).reversed());
    Phases phases = runJobs(jobs, listener, tally, start);
    archiveHashes.retain(snapshot.talks().stream().flatMap(t -> t.files().stream()).toList());
    for (Map.Entry<String, String> gone : indexed.entrySet()) {
      if (!gone.getValue().isEmpty()) {
        index.deleteIfStill(gone.getKey(), gone.getValue()); // unless a refresh brought it back meanwhile
      }
    }
    if (refreshes.get() == refreshesBefore) {
      syncMeetups(index, snapshot); // else a refresh wrote them from a newer read of the archive
    }
    index.commit();
    index.refresh();
    pending.set(0);
    early.clear();
    listener.remaining(ReconcilePass.IMAGES, 0);
    listener.remaining(ReconcilePass.OCR, 0);
    ReconcileSummary summary = new ReconcileSummary(indexing.size(), indexed.size(), unchanged,
        tally.extracted.get(), tally.cached.get(), tally.pages.get(), tally.statuses(),
        snapshot.problems().size(), (System.nanoTime() - start) / 1_000_000, phases.searchableMs(), phases.imagesMs(),
        tally.needsOcr.get(), tally.ocrPages.get(), phases.ocrMs(), phases.pagesDrawn());
    listener.finished(summary);
    return summary;
  }

  /**
   * Hashes the talks' files on a second thread, from the last talk back, until {@code done}: while
   * the candidates of {@link #joinSameDecks} are parsed this thread would only wait, and the parser
   * would wait through the hashing after; the loop that reads the hashes goes from the first talk, so
   * with nothing to parse the two meet in the middle. A file is hashed once either way.
   */
  private Thread hashFromTheEnd(List<ArchiveTalk> talks, AtomicBoolean done) {
    return Thread.ofPlatform().daemon().name("lectern-hash").start(() -> {
      for (int i = talks.size() - 1; i >= 0 && !done.get() && !stopping; i--) {
        archiveHashes.of(talks.get(i));
      }
    });
  }

  private static void awaitHasher(Thread hasher) {
    if (hasher == null) {
      return;
    }
    try {
      hasher.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A file extracted before its talk's job, and how long that took. */
  private record Early(Extraction extraction, long ms) {}

  /**
   * The archive's talks with each deck and its export under another name made one talk (see
   * {@link SameDeckTalks}). Deciding needs their text, so the candidates' files not in the cache
   * are extracted first, in parallel; their talks' jobs then take them without extracting again.
   */
  private List<ArchiveTalk> joinSameDecks(List<ArchiveTalk> talks) throws IOException {
    return joinSameDecks(talks, true).orElseThrow();
  }

  /**
   * The talks joined as above; without {@code extract} (a metadata refresh), empty when deciding
   * would need a file that is not in the cache.
   */
  Optional<List<ArchiveTalk>> joinSameDecks(List<ArchiveTalk> talks, boolean extract) throws IOException {
    List<SameDeckTalks.Candidate> candidates = SameDeckTalks.candidates(talks);
    Map<String, String> hashes = new HashMap<>();
    for (SameDeckTalks.Candidate candidate : candidates) {
      hashes.putAll(archiveHashes.of(candidate.source()));
      hashes.putAll(archiveHashes.of(candidate.export()));
    }
    java.util.Set<String> toExtract = new java.util.LinkedHashSet<>();
    for (SameDeckTalks.Candidate candidate : candidates) {
      for (String file : candidate.files()) {
        String sha = hashes.getOrDefault(file, "");
        if (!stopping && (sha.isEmpty() || cache.get(sha).isEmpty())) {
          toExtract.add(file);
        }
      }
    }
    if (!extract && !toExtract.isEmpty()) {
      return Optional.empty();
    }
    extractEarly(toExtract, hashes);
    SameDeckTalks.FileTexts texts = new SameDeckTalks.FileTexts() {
      @Override
      public String sha256(String file) {
        return hashes.getOrDefault(file, "");
      }

      @Override
      public Optional<List<dev.lectern.model.Page>> pages(String file) {
        Early done = early.get(file);
        Optional<Extraction> extraction = done != null ? Optional.of(done.extraction())
            : sha256(file).isEmpty() ? Optional.empty() : cache.get(sha256(file));
        return extraction.filter(e -> e.status().searchable()).map(Extraction::pages);
      }
    };
    return Optional.of(sameDecks.join(talks, texts));
  }

  private void extractEarly(java.util.Collection<String> files, Map<String, String> hashes) throws IOException {
    if (files.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String file : files) {
        done.add(pool.submit(() -> {
          long began = System.nanoTime();
          Extraction extraction = extractText(archive.resolve(file));
          String sha = hashes.getOrDefault(file, "");
          if (!sha.isEmpty()) {
            cache.put(sha, extraction);
          }
          early.put(file, new Early(extraction, (System.nanoTime() - began) / 1_000_000));
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reconciliation interrupted", e);
    } catch (ExecutionException e) {
      // A file that cannot be read early is read again by its talk's job, which records the failure.
      LOG.warn("extracting a deck to compare with its export failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Every meetup of the archive has its own document, so meetups without talks are listed too.
   * Returns how many documents it wrote or deleted.
   */
  static int syncMeetups(SlideIndex index, ArchiveSnapshot snapshot) throws IOException {
    Map<String, Meetup> recorded = new HashMap<>(index.catalog().meetupDocuments());
    int changed = 0;
    for (Meetup meetup : snapshot.meetups()) {
      if (!meetup.equals(recorded.remove(meetup.id()))) {
        index.replaceMeetup(meetup);
        changed++;
      }
    }
    for (String gone : recorded.keySet()) {
      index.deleteMeetup(gone);
      changed++;
    }
    return changed;
  }

  /**
   * One talk to (re)index, or only to draw the page images of when {@code imagesOnly};
   * {@code previous} is the index's version when this pass read the archive, {@code people} the
   * archive's speakers.json as it read it.
   */
  private record Job(ArchiveTalk talk, Map<String, String> hashes, String fingerprint, String previous,
      boolean imagesOnly, SpeakerDirectory people) {}

  /**
   * Milliseconds from the start of a reconciliation until its text was searchable, then spent
   * drawing page images, then reading pages with OCR.
   */
  private record Phases(long searchableMs, long imagesMs, long ocrMs, int pagesDrawn) {}

  /**
   * Three passes over the jobs: text first, committed, so that every talk is searchable before the
   * page images (several times slower to draw than text is to extract) are drawn in the second, and
   * before the pages the text pass marked are read with OCR in the third (slower still).
   */
  private Phases runJobs(List<Job> jobs, ReconcileListener listener, ReconcileTally tally, long start) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "lectern-extract");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Queue<OcrPass.Waiting> waiting = new ConcurrentLinkedQueue<>();
      List<Future<?>> texts = new ArrayList<>();
      for (Job job : jobs) {
        if (!job.imagesOnly()) {
          texts.add(pool.submit(() -> {
            indexOrFail(job, listener, tally, waiting);
            return null;
          }));
        }
      }
      awaitCommitting(texts);
      index.commit();
      index.refresh();
      long searchable = System.nanoTime();
      List<Job> drawing = stopping ? List.of() : jobs.stream().filter(job -> imagesMissing(job) > 0).toList();
      listener.remaining(ReconcilePass.OCR, waiting.stream().mapToInt(OcrPass.Waiting::pages).sum());
      listener.searchable((searchable - start) / 1_000_000, drawing.stream().mapToInt(this::imagesMissing).sum());
      listener.remaining(ReconcilePass.TEXT, 0);
      int pagesDrawn = drawImages(drawing, pool, listener);
      long drawn = System.nanoTime();
      readPages(List.copyOf(waiting), pool, listener, tally);
      return new Phases((searchable - start) / 1_000_000, (drawn - searchable) / 1_000_000,
          (System.nanoTime() - drawn) / 1_000_000, pagesDrawn);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reconciliation interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("indexing failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
      try {
        // No extraction thread may still write to the index once the caller commits or closes it.
        pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Draws the jobs' missing page images; returns how many pages the drawn files have. */
  private int drawImages(List<Job> drawing, ExecutorService pool, ReconcileListener listener)
      throws InterruptedException, ExecutionException {
    AtomicInteger pages = new AtomicInteger();
    AtomicInteger imagesLeft = new AtomicInteger(drawing.stream().mapToInt(this::imagesMissing).sum());
    listener.remaining(ReconcilePass.IMAGES, imagesLeft.get());
    List<Future<?>> images = new ArrayList<>();
    for (Job job : drawing) {
      images.add(pool.submit(() -> {
        try {
          drawPages(job, pages);
        } catch (Throwable e) { // one deck's drawing, whatever breaks in it, is that deck's loss alone
          LOG.warn("drawing the pages of {} failed", job.talk().location(), e);
        }
        listener.remaining(ReconcilePass.IMAGES, imagesLeft.addAndGet(-job.talk().files().size()));
        return null;
      }));
    }
    for (Future<?> image : images) {
      image.get(); // images are files of their own: nothing to commit
    }
    return pages.get();
  }

  /** The OCR pass: talks with the most waiting pages first, so the cores stay busy to the end. */
  private void readPages(List<OcrPass.Waiting> waiting, ExecutorService pool, ReconcileListener listener,
      ReconcileTally tally) throws InterruptedException, ExecutionException, IOException {
    if (waiting.isEmpty() || stopping) {
      return;
    }
    AtomicInteger left = new AtomicInteger(waiting.stream().mapToInt(OcrPass.Waiting::pages).sum());
    listener.ocrStarting(waiting.stream().mapToInt(w -> (int) w.files().stream()
        .filter(f -> f.extraction().waitsForOcr()).count()).sum(), left.get());
    List<Future<?>> reads = new ArrayList<>();
    for (OcrPass.Waiting talk : waiting.stream().sorted(Comparator.comparingInt(OcrPass.Waiting::pages).reversed()).toList()) {
      reads.add(pool.submit(() -> {
        try {
          ocr.read(talk, listener, tally, left);
        } catch (IOException | RuntimeException e) { // one talk's OCR is that talk's loss: it stays as the text pass left it
          LOG.warn("reading the pages of {} with OCR failed", talk.talk().location(), e);
        }
        return null;
      }));
    }
    awaitCommitting(reads);
  }

  private int imagesMissing(Job job) {
    return (int) job.talk().files().stream().map(job.hashes()::get).filter(thumbnailer::missing).count();
  }

  /** Waits for every task, committing every 10 s so a long first run survives a restart and shows progress. */
  private void awaitCommitting(List<Future<?>> futures)
      throws InterruptedException, ExecutionException, IOException {
    long lastCommit = System.nanoTime();
    for (Future<?> future : futures) {
      future.get();
      if (System.nanoTime() - lastCommit > 10_000_000_000L) {
        index.commit();
        index.refresh();
        lastCommit = System.nanoTime();
      }
    }
  }

  /**
   * Indexes one talk; anything it throws, an Error included, is recorded as that talk's failure and
   * the reconciliation goes on. The talk keeps its old fingerprint, so the next pass tries again.
   */
  private void indexOrFail(Job job, ReconcileListener listener, ReconcileTally tally, Queue<OcrPass.Waiting> waiting) {
    try {
      indexTalk(job, listener, tally, waiting);
    } catch (Throwable e) {
      LOG.error("indexing {} failed", job.talk().location(), e);
      String reason = "indexing failed: " + e;
      for (String path : job.talk().files()) {
        TalkFile failed = new TalkFile(path, "", 0, ExtractionStatus.FAILED.label(), reason, "", 0);
        tally.count(failed);
        listener.fileDone(path, failed.format(), failed.status(), reason, 0, 0);
        listener.remaining(ReconcilePass.TEXT, Math.max(0, pending.decrementAndGet()));
      }
    }
  }

  static int textParsers(int threads) {
    return Math.max(1, threads - 1);
  }

  private Extraction extractText(Path path) throws IOException {
    try {
      parsing.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to parse " + path, e);
    }
    try {
      return extractor.extract(path);
    } finally {
      parsing.release();
    }
  }

  private void indexTalk(Job job, ReconcileListener listener, ReconcileTally tally, Queue<OcrPass.Waiting> waiting)
      throws IOException {
    if (stopping) {
      return;
    }
    List<FileExtraction> extracted = new ArrayList<>();
    Map<String, Long> millis = new HashMap<>();
    for (String file : job.talk().files()) {
      long began = System.nanoTime();
      String sha = job.hashes().get(file);
      Path path = archive.resolve(file);
      Early done = early.remove(file);
      Optional<Extraction> cached = done != null || sha.isEmpty() ? Optional.empty() : cache.get(sha);
      Extraction extraction;
      if (done != null) {
        extraction = done.extraction();
        tally.extracted.incrementAndGet();
        began -= done.ms() * 1_000_000;
      } else if (cached.isPresent()) {
        extraction = cached.get();
        tally.cached.incrementAndGet();
      } else {
        extraction = extractText(path);
        tally.extracted.incrementAndGet();
        if (!sha.isEmpty()) {
          cache.put(sha, extraction);
        }
      }
      extracted.add(new FileExtraction(file, sha, size(path), extraction));
      millis.put(file, (System.nanoTime() - began) / 1_000_000);
    }
    Talk talk = assembler.assemble(job.talk(), extracted, job.people());
    boolean waits = OcrPass.waits(extracted);
    // Not written when a metadata refresh wrote a newer read of the archive since this pass began.
    boolean wrote = index.replaceIfStill(cachedVectors.apply(new IndexedTalk(talk, job.talk().meetup(), extracted,
        waits ? job.fingerprint() + OcrPass.WAITING : job.fingerprint())), job.previous());
    if (waits && wrote) {
      waiting.add(new OcrPass.Waiting(job.talk(), job.fingerprint(), talk, extracted, job.people()));
    }
    for (TalkFile file : talk.files()) {
      tally.count(file);
      listener.fileDone(file.path(), file.format(), file.status(), file.reason(), file.pages(),
          millis.getOrDefault(file.path(), 0L));
      listener.remaining(ReconcilePass.TEXT, Math.max(0, pending.decrementAndGet()));
    }
  }

  /**
   * Draws page images, but only of files whose extraction (in the isolated extractor) came through:
   * rendering runs in this JVM, and a file the extractor refused (a zip bomb, a crash, a timeout)
   * must not reach a renderer here.
   */
  private void drawPages(Job job, AtomicInteger pagesDrawn) {
    for (String file : job.talk().files()) {
      String sha = job.hashes().get(file);
      if (!thumbnailer.missing(sha)) {
        continue;
      }
      Optional<Extraction> extraction = cache.get(sha);
      if (extraction.isEmpty()) {
        continue; // not extracted yet (cut off by a shutdown): drawn after the next extraction
      }
      ExtractionStatus status = extraction.get().status();
      if (status.searchable() || status == ExtractionStatus.EMPTY) {
        thumbnailer.render(sha, archive.resolve(file));
        pagesDrawn.addAndGet(extraction.get().pages().size());
      } else {
        thumbnailer.skip(sha);
      }
    }
  }

  private static boolean hasEntries(Path folder) {
    try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isPresent();
    } catch (IOException e) {
      return false; // the scan reports it
    }
  }

  private long bytes(ArchiveTalk talk) {
    return talk.files().stream().mapToLong(file -> size(archive.resolve(file))).sum();
  }

  static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }
}
