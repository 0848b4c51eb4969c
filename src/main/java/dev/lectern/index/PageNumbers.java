package dev.lectern.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;

/**
 * A hit's file index and page number from doc values: reading them from stored fields would
 * decompress a whole block of slide text for two small numbers.
 */
final class PageNumbers {
  private final List<LeafReaderContext> leaves;

  PageNumbers(IndexReader reader) {
    this.leaves = reader.leaves();
  }

  int file(int doc) throws IOException {
    return value(Schema.FILE, doc);
  }

  /** The 1-based page number, or 0 for a talk's page-less document. */
  int page(int doc) throws IOException {
    return value(Schema.PAGE, doc);
  }

  private int value(String field, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues values = leaf.reader().getNumericDocValues(field);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return 0;
    }
    return (int) values.longValue();
  }
}
