package dev.lectern.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.TikaExtractor;
import dev.lectern.index.JsonCodec;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.index.analysis.Glossary;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.Reconciler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relevance over the shared corpus must not fall below the recorded baseline, category by category. */
class RelevanceBaselineIT {
  private static final Path QUERIES = Path.of("src/test/resources/eval/queries.tsv");
  private static final Path BASELINE = Path.of("src/test/resources/eval/baseline.tsv");
  private static final double TOLERANCE = 0.005;

  @Test
  void noCategoryFallsBelowItsBaseline(@TempDir Path indexDir) throws Exception {
    Path archive = Path.of(System.getProperty("lectern.corpus", "../shared/corpus")).resolve("meetups");
    Assumptions.assumeTrue(Files.isDirectory(archive), "shared corpus not found at " + archive + "; skipping");
    List<JudgedQuery> queries = QuerySet.read(QUERIES);
    Map<String, Scores> summary;
    String report;
    try (SlideIndex index = SlideIndex.openForWriting(indexDir.resolve("lucene"), new JsonCodec());
        TikaExtractor extractor = new TikaExtractor()) {
      new Reconciler(archive, index, extractor, new ExtractionCache(indexDir.resolve("extracted")), 2)
          .reconcile(ReconcileListener.NONE);
      RelevanceEvaluator evaluator = new RelevanceEvaluator(
          new TalkSearcher(index, new Glossary(archive.resolve("glossary.txt"))), index.catalog());
      List<RelevanceEvaluator.Outcome> outcomes = evaluator.run(queries);
      summary = RelevanceEvaluator.summarize(outcomes);
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      new EvalReport(new PrintStream(buffer, true, StandardCharsets.UTF_8)).print(outcomes, true);
      report = buffer.toString(StandardCharsets.UTF_8);
    }
    System.out.println(report);
    Map<String, double[]> baseline = readBaseline();
    assertThat(summary.keySet()).containsAll(baseline.keySet());
    baseline.forEach((category, floor) -> {
      Scores scores = summary.get(category);
      assertThat(scores.mrr()).as("MRR of %s%n%s", category, report).isGreaterThanOrEqualTo(floor[0] - TOLERANCE);
      assertThat(scores.recallAt10()).as("recall@10 of %s%n%s", category, report)
          .isGreaterThanOrEqualTo(floor[1] - TOLERANCE);
      assertThat(scores.ndcgAt10()).as("nDCG@10 of %s%n%s", category, report)
          .isGreaterThanOrEqualTo(floor[2] - TOLERANCE);
    });
  }

  private static Map<String, double[]> readBaseline() throws Exception {
    Map<String, double[]> baseline = new TreeMap<>();
    boolean header = true;
    for (String line : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] c = line.split("\t");
      baseline.put(c[0], new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3])});
    }
    return baseline;
  }
}
