package dev.lectern.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A unified highlighter over pages whose text and notes were read beforehand. Reading a page
 * decompresses its whole stored-fields block, the costliest step of a search's snippets (see
 * BENCHMARKS.md); read once, a page serves the text pass, the notes pass and the lead-text fallback.
 */
final class SlideHighlighter extends UnifiedHighlighter {
  /** A page's stored slide text and notes, and whether the show skips it, by global doc id. */
  record PageText(String text, String notes, boolean skipped) {}

  private final Map<Integer, PageText> pages;
  private final FieldInfos fields;

  /** {@code fields}: the searched snapshot's merged field infos, which Lucene would merge again per highlighter. */
  SlideHighlighter(Builder builder, Map<Integer, PageText> pages, FieldInfos fields) {
    super(builder);
    this.pages = pages;
    this.fields = fields;
  }

  /** Reads the text and notes of each page once, in doc id order (the order stored fields are laid out in). */
  static Map<Integer, PageText> read(IndexSearcher searcher, int[] docs) throws IOException {
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    StoredFields stored = searcher.storedFields();
    Map<Integer, PageText> pages = new HashMap<>();
    for (int doc : sorted) {
      if (!pages.containsKey(doc)) {
        Document page = stored.document(doc, Set.of(Schema.TEXT, Schema.NOTES, Schema.SKIPPED));
        pages.put(doc, new PageText(valueOrEmpty(page.get(Schema.TEXT)), valueOrEmpty(page.get(Schema.NOTES)),
            page.getField(Schema.SKIPPED) != null));
      }
    }
    return pages;
  }

  @Override
  protected FieldInfo getFieldInfo(String field) {
    return fields.fieldInfo(field);
  }

  /** Matches found from the postings with one query weight per segment, not one per page (see the strategy). */
  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    if (source == OffsetSource.POSTINGS && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return new SharedWeightOffsetStrategy(components);
    }
    return super.getOffsetStrategy(source, components);
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      PageText page = pages.get(doc);
      CharSequence[] byField = new CharSequence[fields.length];
      for (int i = 0; i < fields.length; i++) {
        byField[i] = page == null ? null : switch (fields[i]) {
          case Schema.TEXT -> page.text();
          case Schema.NOTES -> page.notes();
          default -> null;
        };
      }
      values.add(byField);
    }
    return values;
  }

  private static String valueOrEmpty(String value) {
    return value == null ? "" : value;
  }
}
