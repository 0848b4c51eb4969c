package dev.lectern.index;

import dev.lectern.model.Meetup;
import dev.lectern.model.Talk;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Reads the talk documents of an index snapshot into a {@link TalkCatalog}. Segments are immutable,
 * so each segment's talks are parsed once and reused by every later snapshot that still holds it:
 * a refresh after indexing one talk costs one talk, not the whole archive.
 */
final class CatalogLoader {
  private record Entry(int doc, Talk talk, Meetup meetup, String fingerprint) {}

  private final JsonCodec json;
  private final Map<Object, List<Entry>> bySegment = new ConcurrentHashMap<>();

  CatalogLoader(JsonCodec json) {
    this.json = json;
  }

  TalkCatalog load(IndexReader reader) throws IOException {
    Map<String, Talk> talks = new HashMap<>();
    Map<String, Meetup> meetups = new HashMap<>();
    Map<String, String> fingerprints = new HashMap<>();
    Map<Object, List<Entry>> live = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      Object key = segment.getCoreCacheHelper().getKey();
      List<Entry> entries = bySegment.get(key);
      if (entries == null) {
        entries = readSegment(segment);
      }
      live.put(key, entries);
      Bits liveDocs = segment.getLiveDocs();
      for (Entry entry : entries) {
        if (liveDocs == null || liveDocs.get(entry.doc())) {
          talks.put(entry.talk().id(), entry.talk());
          meetups.put(entry.meetup().id(), entry.meetup());
          fingerprints.put(entry.talk().id(), entry.fingerprint());
        }
      }
    }
    bySegment.keySet().retainAll(live.keySet());
    bySegment.putAll(live);
    return new TalkCatalog(talks, meetups, fingerprints);
  }

  private List<Entry> readSegment(LeafReader segment) throws IOException {
    PostingsEnum postings =
        segment.postings(new Term(Schema.TYPE, Schema.TYPE_TALK), PostingsEnum.NONE);
    if (postings == null) {
      return List.of();
    }
    StoredFields stored = segment.storedFields();
    java.util.ArrayList<Entry> entries = new java.util.ArrayList<>();
    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
      Document document = stored.document(doc);
      entries.add(new Entry(
          doc,
          json.read(document.get(Schema.TALK_JSON), Talk.class),
          json.read(document.get(Schema.MEETUP_JSON), Meetup.class),
          document.get(Schema.FINGERPRINT)));
    }
    return List.copyOf(entries);
  }
}
