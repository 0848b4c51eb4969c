package dev.lectern.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Reads every stored page of one talk, in file and page order, for the talk page. */
public final class TalkPages {
  private static final int MAX_PAGES = 10_000;

  private final SlideIndex index;

  public TalkPages(SlideIndex index) {
    this.index = index;
  }

  public List<PageText> of(String talkId) throws IOException {
    SlideIndex.Snapshot snapshot = index.acquire();
    try {
      BooleanQuery query = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.TALK_ID, talkId)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_PAGE)), BooleanClause.Occur.FILTER)
          .build();
      Sort order = new Sort(new SortField(Schema.FILE, SortField.Type.LONG),
          new SortField(Schema.PAGE, SortField.Type.LONG));
      TopDocs top = snapshot.searcher().search(query, MAX_PAGES, order);
      StoredFields stored = snapshot.searcher().storedFields();
      List<PageText> pages = new ArrayList<>();
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = stored.document(hit.doc);
        if (doc.getField(Schema.PAGE) == null) {
          continue;
        }
        pages.add(new PageText(
            doc.getField(Schema.FILE).numericValue().intValue(),
            doc.getField(Schema.PAGE).numericValue().intValue(),
            doc.get(Schema.TEXT),
            doc.get(Schema.NOTES),
            doc.get(Schema.SOURCE) == null ? "text" : doc.get(Schema.SOURCE),
            doc.getField(Schema.SKIPPED) != null,
            appearsIn(doc.get(Schema.APPEARS_IN))));
      }
      return pages;
    } finally {
      index.release(snapshot);
    }
  }

  /** "1:3 2:3" as written by the index; empty (the page alone) when absent. */
  private static List<PageText.Where> appearsIn(String stored) {
    List<PageText.Where> where = new ArrayList<>();
    if (stored == null) {
      return where;
    }
    for (String part : stored.split(" ")) {
      int colon = part.indexOf(':');
      if (colon > 0) {
        where.add(new PageText.Where(Integer.parseInt(part.substring(0, colon)), Integer.parseInt(part.substring(colon + 1))));
      }
    }
    return where;
  }
}
