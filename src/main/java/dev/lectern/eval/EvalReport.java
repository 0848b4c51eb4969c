package dev.lectern.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints relevance scores per category and the queries that missed, for a person to read. */
public final class EvalReport {
  private final PrintStream out;

  public EvalReport(PrintStream out) {
    this.out = out;
  }

  public void print(List<RelevanceEvaluator.Outcome> outcomes, boolean verbose) {
    Map<String, Scores> summary = RelevanceEvaluator.summarize(outcomes);
    out.printf("%-13s %7s %7s %9s %8s %8s %6s%n", "category", "queries", "MRR", "recall@10", "nDCG@10", "slides",
        "empty");
    summary.forEach((category, s) -> out.printf("%-13s %7d %7.3f %9.3f %8.3f %8.3f %6d%n",
        category, s.queries(), s.mrr(), s.recallAt10(), s.ndcgAt10(), s.slideHitRate(), s.empty()));
    if (verbose) {
      for (RelevanceEvaluator.Outcome o : outcomes) {
        if (o.recall() < 1 || o.reciprocalRank() < 1) {
          out.printf("%n%s [%s] %s: rr=%.2f recall=%.2f%n  relevant: %s%n  returned: %s%n", o.query().id(),
              o.query().category(), o.query().query(), o.reciprocalRank(), o.recall(), o.relevant(), o.returned());
        }
      }
    }
  }
}
