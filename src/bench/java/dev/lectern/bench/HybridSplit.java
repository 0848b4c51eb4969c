package dev.lectern.bench;

import dev.lectern.embed.NativeLibraries;
import dev.lectern.embed.SharedEncoder;
import dev.lectern.embed.SlideEncoder;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.QueryVectors;
import dev.lectern.index.SearchMode;
import dev.lectern.index.SearchRequest;
import dev.lectern.index.SemanticSearch;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.index.TextEmbedder;
import dev.lectern.index.analysis.Glossary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a hybrid search's time goes, in-process on the real-corpus index (one thread, medians of
 * repeated runs): the lexical search alone; hybrid with the query's vector and the snippet lines'
 * vectors already cached (the kNN query, the fusion and the second word-coverage pass); embedding
 * the query alone (one model call); and hybrid from empty caches (query and snippet lines
 * embedded), as the first user to ask a question meets it.
 */
final class HybridSplit {
  private static final int REPEATS = 5;
  private static final int WARM_REPEATS = 30;

  private final Report report;

  HybridSplit(Report report) {
    this.report = report;
  }

  void run(Path index) throws Exception {
    try (SlideIndex slides = SlideIndex.openForReading(index.resolve("lucene"), new JsonCodec());
        SharedEncoder encoder = new SharedEncoder(new NativeLibraries(index.resolve("native")),
            Runtime.getRuntime().availableProcessors(), SlideEncoder.DEFAULT_MAX_TOKENS)) {
      TextEmbedder model = new TextEmbedder() {
        @Override
        public List<float[]> embedAll(List<String> texts) {
          return encoder.get().embedAll(texts);
        }

        @Override
        public boolean ready() {
          return true;
        }
      };
      encoder.get(); // the model loads once, outside every measurement
      TalkSearcher warm = new TalkSearcher(slides, new Glossary(null), new SemanticSearch(new QueryVectors(model)));
      List<String> texts = QueryMix.texts(QueryMix.REAL);
      for (int round = 0; round < 3; round++) { // JIT and caches
        for (String q : texts) {
          warm.search(SearchRequest.of(q).withMode(SearchMode.LEXICAL));
          warm.search(SearchRequest.of(q).withMode(SearchMode.HYBRID));
        }
      }
      StringBuilder out = new StringBuilder("| query | lexical | hybrid, vectors cached | embed the query | "
          + "hybrid, nothing cached |\n|---|---:|---:|---:|---:|\n");
      double[] sums = new double[4];
      for (String q : texts) {
        double lexical = median(WARM_REPEATS, () -> warm.search(SearchRequest.of(q).withMode(SearchMode.LEXICAL)));
        double hybrid = median(WARM_REPEATS, () -> warm.search(SearchRequest.of(q).withMode(SearchMode.HYBRID)));
        double embed = median(REPEATS, () -> new QueryVectors(model).of(q));
        double cold = median(REPEATS, () -> new TalkSearcher(slides, new Glossary(null),
            new SemanticSearch(new QueryVectors(model))).search(SearchRequest.of(q).withMode(SearchMode.HYBRID)));
        double[] row = {lexical, hybrid, embed, cold};
        for (int i = 0; i < 4; i++) {
          sums[i] += row[i];
        }
        out.append(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f | %.2f | %.2f |%n", q, lexical, hybrid, embed, cold));
      }
      out.append(String.format(Locale.ROOT, "| mean | %.2f | %.2f | %.2f | %.2f |%n", sums[0] / texts.size(),
          sums[1] / texts.size(), sums[2] / texts.size(), sums[3] / texts.size()));
      report.section("Hybrid search, where the time goes (real corpus, in-process)",
          "Median ms per search on one thread (" + WARM_REPEATS + " runs warm, " + REPEATS + " from empty caches), "
              + "load " + Machine.load() + ". Hybrid with cached vectors − lexical = the kNN query, the fusion and "
              + "the second word-coverage pass; hybrid with nothing cached − hybrid cached − embed the query ≈ "
              + "embedding the lines of snippets that match no word.\n\n" + out);
    }
  }

  /** A measured step that may throw. */
  @FunctionalInterface
  private interface Step {
    Object run() throws Exception;
  }

  private static double median(int repeats, Step step) throws Exception {
    double[] ms = new double[repeats];
    List<Object> keep = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      long t = System.nanoTime();
      keep.add(step.run());
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return keep.isEmpty() ? 0 : ms[repeats / 2];
  }
}
