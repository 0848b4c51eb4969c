package dev.lectern.cli;

import dev.lectern.eval.EvalReport;
import dev.lectern.eval.JudgedQuery;
import dev.lectern.eval.QuerySet;
import dev.lectern.eval.RelevanceEvaluator;
import dev.lectern.extract.Extractor;
import dev.lectern.index.SearchMode;
import dev.lectern.index.SemanticSearch;
import dev.lectern.index.SlideIndex;
import dev.lectern.sync.EmbeddingProgress;
import dev.lectern.sync.Embeddings;
import dev.lectern.sync.ReconcileListener;
import dev.lectern.sync.ReconcileSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", header = "measure relevance against a judged query set",
    description =
        "Brings the index in line with the archive, runs a judged query set and prints MRR, recall@10 and nDCG@10 per category (src/test/resources/eval/README.md has the format).")
final class EvalCommand implements Callable<Integer> {
  private final CommandContext context;
  @Mixin private PathOptions paths;
  @Mixin private ExtractionOptions extraction;

  @Parameters(paramLabel = "QUERIES.tsv", arity = "0..1", description = "the judged queries")
  private Path queries;

  @Option(names = "--verbose", description = "list every query that missed a relevant talk")
  private boolean verbose;

  @Option(names = "--no-glossary", description = "search without the built-in and the archive's glossary")
  private boolean noGlossary;

  EvalCommand(CommandContext context) {
    this.context = context;
  }

  @Option(names = "--mode", paramLabel = "M", defaultValue = "hybrid", split = ",",
      description = "hybrid (words and meaning, the default), lexical or semantic; several, comma-separated, are"
          + " each reported")
  private List<String> modes;

  @Option(names = "--semantic-weight", paramLabel = "W", split = ",",
      description = "weights of the meaning ranking in hybrid fusion, the words' being 1 (for tuning; each is"
          + " reported; default 0.5)")
  private List<Float> semanticWeights;

  @Override
  public Integer call() throws Exception {
    if (queries == null) {
      throw new UsageException("eval needs a judged query file: lectern eval QUERIES.tsv");
    }
    ArchivePaths where = paths.paths().requireArchive();
    List<JudgedQuery> judged = QuerySet.read(queries);
    ExtractionSettings settings = extraction.settings();
    Components parts = context.parts();
    List<SearchMode> searchModes = modes.stream().map(SearchModeOption::parse).toList();
    List<Float> weights = semanticWeights == null ? List.of(SemanticSearch.defaultWeight()) : semanticWeights;
    try (SlideIndex index = parts.openForWriting(where);
        Extractor extractor = parts.extractor(settings);
        Embeddings embeddings = parts.embeddings(where, index, settings, () -> 0)) {
      ReconcileSummary summary = parts.reconciler(where, index, extractor, settings, embeddings)
          .reconcile(ReconcileListener.NONE);
      context.out().printf("index of %s: %d talk(s), %d page(s) (%d file(s) extracted now)%n", where.archive(),
          index.catalog().talkCount(), index.catalog().pageCount(), summary.filesExtracted());
      if (embeddings != null) {
        embeddings.pass().run(EmbeddingProgress.NONE);
      }
      for (SearchMode searchMode : searchModes) {
        for (float weight : searchMode == SearchMode.HYBRID ? weights : List.of(SemanticSearch.defaultWeight())) {
          SemanticSearch semantic = embeddings == null ? SemanticSearch.off() : embeddings.search(true, weight);
          if (searchModes.size() > 1 || weights.size() > 1) {
            context.out().printf("%nmode %s%s%n", searchMode.name().toLowerCase(java.util.Locale.ROOT),
                searchMode == SearchMode.HYBRID ? ", semantic weight " + weight : "");
          }
          RelevanceEvaluator evaluator = new RelevanceEvaluator(
              parts.searcher(index, where, !noGlossary, semantic), index.catalog(), searchMode);
          new EvalReport(context.out()).print(evaluator.run(judged), verbose);
        }
      }
      return 0;
    }
  }
}
