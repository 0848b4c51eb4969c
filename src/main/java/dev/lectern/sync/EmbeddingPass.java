package dev.lectern.sync;

import dev.lectern.embed.EmbeddingCache;
import dev.lectern.embed.SlideEncoder;
import dev.lectern.embed.SlideInput;
import dev.lectern.index.IndexedTalk;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkCatalog;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Extraction;
import dev.lectern.model.Meetup;
import dev.lectern.model.Page;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.concurrent.locks.LockSupport;

/**
 * Gives every indexed talk the vectors of its slides, after the text pass and apart from it: talks
 * are searchable by their words first, and by meaning once this pass reaches them. Vectors come
 * from the {@link EmbeddingCache} when a slide's text is unchanged, else from the model, in chunks
 * of several talks that the model spreads over its workers (a text that repeats within a chunk is
 * embedded once). While the text pass
 * extracts files, the pass waits between chunks: the two never compete for the cores.
 */
public final class EmbeddingPass {
  /** Slides the model embeds per chunk: enough to keep every worker busy, few enough to show progress. */
  private static final int CHUNK_SLIDES = 256;
  private static final long COMMIT_NANOS = 10_000_000_000L;

  private final SlideIndex index;
  private final ExtractionCache extractions;
  private final EmbeddingCache cache;
  private final Supplier<SlideEncoder> encoder;
  private final IntSupplier textPending;
  private final String version;
  private final AtomicInteger pending = new AtomicInteger();
  private volatile boolean stopping;

  public EmbeddingPass(SlideIndex index, ExtractionCache extractions, EmbeddingCache cache,
      Supplier<SlideEncoder> encoder, IntSupplier textPending, String version) {
    this.index = index;
    this.version = version;
    this.extractions = extractions;
    this.cache = cache;
    this.encoder = encoder;
    this.textPending = textPending;
  }

  /** Slides of indexed talks still without vectors, as of the running pass or the last {@link #countPending}. */
  public int pending() {
    return pending.get();
  }

  /**
   * Counts the slides of indexed talks still without vectors of this version, for {@link #pending};
   * the server calls it at start and after each text pass, so that the count is right while the model
   * loads, before a pass begins.
   */
  public int countPending() throws IOException {
    TalkCatalog catalog = index.catalog();
    int slides = slidesOf(catalog, index.talksNotEmbedded(version));
    pending.set(slides);
    return slides;
  }

  private static int slidesOf(TalkCatalog catalog, List<String> ids) {
    return ids.stream().map(catalog::talk).flatMap(Optional::stream)
        .mapToInt(t -> t.files().stream().mapToInt(TalkFile::pages).sum()).sum();
  }

  public void stop() {
    stopping = true;
  }

  /** The talk with its vectors when every slide's vector is cached; else the talk as given. */
  public IndexedTalk withCachedVectors(IndexedTalk talk) {
    Work work = new Work(talk, cache);
    return work.missing.isEmpty() ? work.complete(version) : talk;
  }

  /** Brings every talk of the index up to date; returns what it did. */
  public synchronized EmbeddingSummary run(EmbeddingProgress progress) throws IOException {
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    TalkCatalog catalog = index.catalog();
    List<String> ids = index.talksNotEmbedded(version);
    int slides = slidesOf(catalog, ids);
    pending.set(slides);
    progress.started(ids.size(), slides);
    Counts counts = new Counts();
    List<Work> chunk = new ArrayList<>();
    int chunkSlides = 0;
    long lastCommit = System.nanoTime();
    for (String id : ids) {
      if (stopping) {
        break;
      }
      Optional<IndexedTalk> talk = rebuild(catalog, id);
      if (talk.isEmpty()) {
        counts.skipped++;
        continue;
      }
      Work work = new Work(talk.get(), cache);
      chunk.add(work);
      chunkSlides += work.missing.size();
      if (chunkSlides >= CHUNK_SLIDES) {
        finish(chunk, counts, progress, slides);
        chunk.clear();
        chunkSlides = 0;
        if (System.nanoTime() - lastCommit > COMMIT_NANOS) {
          index.commit();
          index.refresh();
          lastCommit = System.nanoTime();
        }
      }
    }
    finish(chunk, counts, progress, slides);
    index.commit();
    index.refresh();
    pending.set(0);
    EmbeddingSummary summary = new EmbeddingSummary(counts.talks, counts.embedded, counts.cached, counts.skipped,
        (System.nanoTime() - start) / 1_000_000, (processCpuNanos() - cpuStart) / 1_000_000);
    progress.finished(summary);
    return summary;
  }

  /** Embeds the chunk's missing slides, caches them, and writes each talk. */
  private void finish(List<Work> chunk, Counts counts, EmbeddingProgress progress, int slides) throws IOException {
    awaitTextPass();
    List<String> texts = new ArrayList<>();
    for (Work work : chunk) {
      for (int[] at : work.missing) {
        texts.add(work.inputs.get(at[0]).get(at[1]));
      }
    }
    List<float[]> vectors = texts.isEmpty() ? List.of() : encoder.get().embedAll(texts);
    int next = 0;
    for (Work work : chunk) {
      for (int[] at : work.missing) {
        work.vectors.get(at[0])[at[1]] = vectors.get(next++);
      }
      work.store(cache);
      if (index.replaceIfCurrent(work.complete(version))) {
        counts.talks++;
      } else {
        counts.skipped++;
      }
      counts.embedded += work.missing.size();
      counts.cached += work.cachedCount;
      // Progress is counted here, not read back from pending: the server recounts pending from the index
      // after a text pass, which may happen while this pass runs.
      counts.slidesDone += work.slideCount();
      pending.updateAndGet(left -> Math.max(0, left - work.slideCount()));
      progress.progress(counts.slidesDone, slides);
    }
  }

  /** The text pass has the cores while it extracts; embedding resumes when it is done. */
  private void awaitTextPass() {
    while (textPending.getAsInt() > 0 && !stopping) {
      LockSupport.parkNanos(200_000_000L);
    }
  }

  /** The talk as the index holds it, its text read back from the extraction cache. */
  private Optional<IndexedTalk> rebuild(TalkCatalog catalog, String id) {
    Optional<Talk> talk = catalog.talk(id);
    String fingerprint = catalog.fingerprints().get(id);
    if (talk.isEmpty() || fingerprint == null) {
      return Optional.empty();
    }
    Optional<Meetup> meetup = catalog.meetup(talk.get().meetup().id());
    if (meetup.isEmpty()) {
      return Optional.empty();
    }
    List<FileExtraction> files = new ArrayList<>();
    for (TalkFile file : talk.get().files()) {
      Optional<Extraction> extraction = file.sha256().isEmpty() ? Optional.empty() : extractions.get(file.sha256());
      if (extraction.isEmpty()) {
        return Optional.empty(); // rewriting without it would lose the file's text
      }
      files.add(new FileExtraction(file.path(), file.sha256(), file.bytes(), extraction.get()));
    }
    return Optional.of(new IndexedTalk(talk.get(), meetup.get(), files, fingerprint));
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static final class Counts {
    int talks;
    int embedded;
    int cached;
    int skipped;
    int slidesDone;
  }

  /**
   * One talk's slide inputs, the vectors known so far, and which are still missing ({file, page}). A
   * slide with neither text nor notes gets no vector: search by meaning finds its talk by the others.
   */
  private static final class Work {
    final IndexedTalk talk;
    final List<List<String>> inputs = new ArrayList<>();
    final List<float[][]> vectors = new ArrayList<>();
    final List<int[]> missing = new ArrayList<>();
    int cachedCount;

    Work(IndexedTalk talk, EmbeddingCache cache) {
      this.talk = talk;
      String title = talk.talk().title();
      for (int f = 0; f < talk.files().size(); f++) {
        FileExtraction file = talk.files().get(f);
        List<Page> pages = file.extraction().status().searchable() ? file.extraction().pages() : List.of();
        List<String> texts = pages.stream().map(p -> SlideInput.of(title, p.text(), p.notes())).toList();
        float[][] found = texts.isEmpty() || file.sha256().isEmpty()
            ? new float[texts.size()][] : cache.get(file.sha256(), texts);
        for (int p = 0; p < found.length; p++) {
          if (pages.get(p).isBlank()) {
            found[p] = null; // only the title would be embedded: the slide says nothing of its own
          } else if (found[p] == null) {
            missing.add(new int[] {f, p});
          } else {
            cachedCount++;
          }
        }
        inputs.add(texts);
        vectors.add(found);
      }
    }

    int slideCount() {
      return vectors.stream().mapToInt(v -> v.length).sum();
    }

    void store(EmbeddingCache cache) throws IOException {
      if (missing.isEmpty()) {
        return;
      }
      for (int f = 0; f < inputs.size(); f++) {
        int file = f;
        if (!talk.files().get(f).sha256().isEmpty() && missing.stream().anyMatch(at -> at[0] == file)) {
          cache.put(talk.files().get(f).sha256(), inputs.get(f), java.util.Arrays.asList(vectors.get(f)));
        }
      }
    }

    IndexedTalk complete(String version) {
      return talk.withVectors(new IndexedTalk.SlideVectors(version, vectors));
    }
  }
}
