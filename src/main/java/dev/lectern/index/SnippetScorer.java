package dev.lectern.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage as a small document, times a boost for passages
 * near the start), computed without a hash table per passage. Lucene's scorer numbers a passage's
 * distinct terms with a new {@code BytesRefHash}, which allocates a 32 KB block each time; the
 * highlighter scores every candidate passage of every highlighted page, and that allocation was a
 * tenth of a search's time on the real corpus (BENCHMARKS.md). A passage holds a few matches, so
 * its distinct terms are found by comparing them in place. Terms are numbered, summed and rounded
 * in the same order as Lucene's, so every score, and every snippet chosen, is the same.
 */
final class SnippetScorer extends PassageScorer {
  /** Past this many matches in one passage, Lucene's own hashing is the cheaper way. */
  private static final int MAX_SCANNED = 64;

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    if (matches > MAX_SCANNED) {
      return super.score(passage, contentLength);
    }
    BytesRef[] terms = passage.getMatchTerms();
    int[] inDoc = passage.getMatchTermFreqsInDoc();
    // Distinct terms in the order of their first match, as BytesRefHash numbers them.
    int[] first = new int[matches];
    int[] inPassage = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int seen = 0;
      while (seen < distinct && !terms[first[seen]].bytesEquals(terms[i])) {
        seen++;
      }
      if (seen == distinct) {
        first[distinct++] = i;
      }
      inPassage[seen]++;
    }
    double score = 0d;
    for (int t = 0; t < distinct; t++) {
      score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[first[t]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
