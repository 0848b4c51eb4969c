package dev.lectern.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A generated corpus on disk under {@code target/bench/corpus-N}: the slides as JSON lines (what the
 * Solr peer reads), the Lectern index built from them ({@code index/lucene}, the layout of
 * {@code --index}), and its stats. Built once per size and seed, reused by later runs.
 */
record BenchCorpus(Path dir, SyntheticCorpus.Stats stats) {
  Path slides() {
    return dir.resolve("slides.jsonl");
  }

  Path indexDir() {
    return dir.resolve("index");
  }

  Path lucene() {
    return indexDir().resolve("lucene");
  }

  static BenchCorpus ensure(Path root, int size, long seed, List<SourcePages.SourcePage> pages, Report log)
      throws Exception {
    Path dir = root.resolve("corpus-" + size + "-seed" + seed);
    Path statsFile = dir.resolve("stats.json");
    ObjectMapper json = new ObjectMapper();
    if (Files.isRegularFile(statsFile)) {
      return new BenchCorpus(dir, json.readValue(statsFile.toFile(), SyntheticCorpus.Stats.class));
    }
    BenchCorpus corpus = new BenchCorpus(dir, null);
    long start = System.nanoTime();
    SyntheticCorpus.Stats stats = new SyntheticCorpus(pages, seed)
        .build(size, corpus.slides(), corpus.lucene(), Runtime.getRuntime().availableProcessors());
    double seconds = (System.nanoTime() - start) / 1e9;
    log.note(String.format("built corpus-%d (%d talks, %d meetups) and its index in %.1f s (%.0f slides/s, load %s)",
        size, stats.talks(), stats.meetups(), seconds, stats.slides() / seconds, Machine.load()));
    json.writeValue(statsFile.toFile(), stats);
    return new BenchCorpus(dir, stats);
  }
}
