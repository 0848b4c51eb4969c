package dev.lectern.index;

import dev.lectern.model.Meetup;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Talk;
import java.io.IOException;
import java.util.ArrayList;
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
  /** A talk document (talk set) or a meetup document (talk null). */
  private record Entry(int doc, Talk talk, Meetup meetup, String fingerprint) {}

  /** What is read once per segment: its talk and meetup documents, and which talk owns each document. */
  private record SegmentData(List<Entry> entries, PageOwners.Segment owners) {}

  private final JsonCodec json;
  private final Map<Object, SegmentData> bySegment = new ConcurrentHashMap<>();
  private final TextSpellings spellings = new TextSpellings();

  CatalogLoader(JsonCodec json) {
    this.json = json;
  }

  TalkCatalog load(IndexReader reader) throws IOException {
    Map<String, Talk> talks = new HashMap<>();
    Map<String, Meetup> meetups = new HashMap<>();
    Map<String, Meetup> meetupDocuments = new HashMap<>();
    Map<String, String> fingerprints = new HashMap<>();
    Map<Object, SegmentData> live = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    PageOwners.Segment[] owners = new PageOwners.Segment[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      LeafReader segment = leaf.reader();
      Object key = segment.getCoreCacheHelper().getKey();
      SegmentData data = bySegment.get(key);
      if (data == null) {
        data = new SegmentData(readSegment(segment), PageOwners.Segment.read(segment));
      }
      live.put(key, data);
      owners[leaf.ord] = data.owners();
      Bits liveDocs = segment.getLiveDocs();
      for (Entry entry : data.entries()) {
        if (liveDocs != null && !liveDocs.get(entry.doc())) {
          continue;
        }
        if (entry.talk() == null) {
          meetupDocuments.put(entry.meetup().id(), entry.meetup());
        } else {
          talks.put(entry.talk().id(), entry.talk());
          meetups.putIfAbsent(entry.meetup().id(), entry.meetup());
          fingerprints.put(entry.talk().id(), entry.fingerprint());
        }
      }
    }
    bySegment.keySet().retainAll(live.keySet());
    bySegment.putAll(live);
    meetups.putAll(meetupDocuments); // the meetup's own document is the newest word on it
    Map<String, Meetup> named = RepositoryOwners.strip(spellings.respell(reader, meetups, talks.values()), talks.values());
    if (named != meetups) {
      talks = withMeetupNames(talks, meetups, named);
      meetups = named;
    }
    TalkTable table = TalkTable.of(talks.values(), meetups);
    return new TalkCatalog(talks, meetups, meetupDocuments, fingerprints, table, new PageOwners(owners, table));
  }

  /** Talks whose meetup was respelled carry the new name too, so a talk and its meetup page agree. */
  private static Map<String, Talk> withMeetupNames(Map<String, Talk> talks, Map<String, Meetup> before,
      Map<String, Meetup> after) {
    Map<String, Talk> out = new HashMap<>(talks);
    for (Talk talk : talks.values()) {
      MeetupRef ref = talk.meetup();
      Meetup was = before.get(ref.id());
      Meetup now = after.get(ref.id());
      if (was != now && now != null && ref.title().equals(was.title()) && !now.title().equals(was.title())) {
        out.put(talk.id(), talk.inMeetup(new MeetupRef(ref.id(), now.title(), ref.date(), ref.city())));
      }
    }
    return out;
  }

  private List<Entry> readSegment(LeafReader segment) throws IOException {
    List<Entry> entries = new ArrayList<>();
    StoredFields stored = segment.storedFields();
    PostingsEnum talkDocs = segment.postings(new Term(Schema.TYPE, Schema.TYPE_TALK), PostingsEnum.NONE);
    for (int doc : docs(talkDocs)) {
      Document document = stored.document(doc);
      entries.add(new Entry(doc, json.read(document.get(Schema.TALK_JSON), Talk.class),
          json.read(document.get(Schema.MEETUP_JSON), Meetup.class), document.get(Schema.FINGERPRINT)));
    }
    PostingsEnum meetupDocs = segment.postings(new Term(Schema.TYPE, Schema.TYPE_MEETUP), PostingsEnum.NONE);
    for (int doc : docs(meetupDocs)) {
      entries.add(new Entry(doc, null, json.read(stored.document(doc).get(Schema.MEETUP_JSON), Meetup.class), null));
    }
    return List.copyOf(entries);
  }

  private static List<Integer> docs(PostingsEnum postings) throws IOException {
    List<Integer> docs = new ArrayList<>();
    if (postings != null) {
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        docs.add(doc);
      }
    }
    return docs;
  }
}
