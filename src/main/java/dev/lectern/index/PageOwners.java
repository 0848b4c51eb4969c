package dev.lectern.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Which talk each page document of one snapshot belongs to, as a talk ordinal of its
 * {@link TalkTable}: two array reads per hit instead of a doc-values lookup, a string and a map
 * probe. Talk and meetup documents belong to no talk here, so collectors skip them.
 */
final class PageOwners {
  /** A segment's documents by their talk id's ordinal in the segment; immutable, so cached per segment. */
  record Segment(int[] docToOrd, String[] ordToId) {
    static Segment read(LeafReader reader) throws IOException {
      int[] docToOrd = new int[reader.maxDoc()];
      Arrays.fill(docToOrd, -1);
      SortedDocValues ids = reader.getSortedDocValues(Schema.TALK_ID);
      if (ids == null) {
        return new Segment(docToOrd, new String[0]);
      }
      String[] ordToId = new String[ids.getValueCount()];
      for (int ord = 0; ord < ordToId.length; ord++) {
        ordToId[ord] = ids.lookupOrd(ord).utf8ToString();
      }
      PostingsEnum pages = reader.postings(new Term(Schema.TYPE, Schema.TYPE_PAGE), PostingsEnum.NONE);
      if (pages == null) {
        return new Segment(docToOrd, ordToId);
      }
      // Only page documents have an owner: a search needs no type filter to keep talk documents out.
      for (int doc = pages.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pages.nextDoc()) {
        if (ids.advanceExact(doc)) {
          docToOrd[doc] = ids.ordValue();
        }
      }
      return new Segment(docToOrd, ordToId);
    }
  }

  private final int[][] docToOrd;
  private final int[][] ordToTalk;

  /** Maps the segments, in leaf order, onto the table's talk ordinals. */
  PageOwners(Segment[] segments, TalkTable table) {
    docToOrd = new int[segments.length][];
    ordToTalk = new int[segments.length][];
    for (int leaf = 0; leaf < segments.length; leaf++) {
      docToOrd[leaf] = segments[leaf].docToOrd();
      String[] ids = segments[leaf].ordToId();
      int[] talks = new int[ids.length];
      for (int ord = 0; ord < ids.length; ord++) {
        talks[ord] = table.ordinal(ids[ord]);
      }
      ordToTalk[leaf] = talks;
    }
  }

  static PageOwners none() {
    return new PageOwners(new Segment[0], TalkTable.of(java.util.List.of()));
  }

  /** The talk ordinal of a segment's page document; -1 for any other document or a talk not in the table. */
  int talk(int leaf, int doc) {
    int ord = docToOrd[leaf][doc];
    return ord < 0 ? -1 : ordToTalk[leaf][ord];
  }
}
