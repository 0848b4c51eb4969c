package dev.lectern.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;

/**
 * The file index and page number of a results page's hits, from doc values: reading them from stored
 * fields would decompress a whole block of slide text for two small numbers. All of a page's hits are
 * read at once, in doc id order, through one doc-values iterator per field and segment, instead of a
 * new iterator for each number of each hit.
 */
final class PageNumbers {
  /** File index and page number by global doc id. */
  private final Map<Integer, int[]> numbers;

  private PageNumbers(Map<Integer, int[]> numbers) {
    this.numbers = numbers;
  }

  static PageNumbers read(IndexReader reader, int[] docs) throws IOException {
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    List<LeafReaderContext> leaves = reader.leaves();
    Map<Integer, int[]> numbers = new HashMap<>();
    LeafReaderContext leaf = null;
    NumericDocValues files = null;
    NumericDocValues pages = null;
    for (int doc : sorted) {
      if (numbers.containsKey(doc)) {
        continue;
      }
      LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (at != leaf) {
        leaf = at;
        files = leaf.reader().getNumericDocValues(Schema.FILE);
        pages = leaf.reader().getNumericDocValues(Schema.PAGE);
      }
      numbers.put(doc, new int[] {value(files, doc - leaf.docBase), value(pages, doc - leaf.docBase)});
    }
    return new PageNumbers(numbers);
  }

  private static int value(NumericDocValues values, int doc) throws IOException {
    return values == null || !values.advanceExact(doc) ? 0 : (int) values.longValue();
  }

  int file(int doc) {
    return numbers.get(doc)[0];
  }

  /** The 1-based page number, or 0 for a talk's page-less document. */
  int page(int doc) {
    return numbers.get(doc)[1];
  }
}
