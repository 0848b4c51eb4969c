package dev.lectern.index;

import dev.lectern.model.Meetup;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index on disk: one writer (when opened for writing), a searcher manager, and the talk
 * catalog of the current snapshot. Searches go through {@link #acquire()}/{@link #release}; a
 * refresh swaps in a new snapshot and its catalog together.
 */
public final class SlideIndex implements Closeable {
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final TalkDocuments documents;
  private final CatalogLoader catalogLoader;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  /** Fingerprints of talks written (or deleted, as "") since opening, newer than any snapshot. */
  private final Map<String, String> written = new ConcurrentHashMap<>();
  /** Striped by talk id: a talk's write and its check-then-write never interleave. */
  private final Object[] talkLocks = new Object[64];

  /**
   * An index searcher and the catalog of exactly the same point in time, with the fields of all its
   * segments merged (the highlighter asks for them on every search; merging them walks every field of
   * every segment, so it is done once per snapshot).
   */
  public record Snapshot(IndexSearcher searcher, TalkCatalog catalog, FieldInfos fields) {
    Snapshot(IndexSearcher searcher, TalkCatalog catalog) {
      this(searcher, catalog, FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
    }
  }

  private SlideIndex(Directory directory, IndexWriter writer, JsonCodec json) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.documents = new TalkDocuments(json, writer != null ? writer.getAnalyzer() : FieldAnalyzers.forIndexing());
    this.catalogLoader = new CatalogLoader(json);
    java.util.Arrays.setAll(talkLocks, i -> new Object());
    this.searchers = writer != null
        ? new SearcherManager(writer, new SearcherFactory())
        : new SearcherManager(directory, new SearcherFactory());
    searchers.addListener(new ReferenceManager.RefreshListener() {
      @Override
      public void beforeRefresh() {}

      @Override
      public void afterRefresh(boolean didRefresh) throws IOException {
        if (didRefresh || current.get() == null) {
          updateCatalog();
        }
      }
    });
    updateCatalog();
  }

  /** Opens (creating if needed) the index for writing; fails fast if another process holds it. */
  public static SlideIndex openForWriting(Path dir, JsonCodec json) {
    try {
      Files.createDirectories(dir);
      Directory directory = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(FieldAnalyzers.forIndexing())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64);
      try {
        return new SlideIndex(directory, new IndexWriter(directory, config), json);
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new IndexLockedException(dir.resolve(IndexWriter.WRITE_LOCK_NAME), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Opens an existing index read-only, as the command-line search does while a server writes. */
  public static SlideIndex openForReading(Path dir, JsonCodec json) {
    try {
      Directory directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new IllegalStateException(
            "no index at " + dir + "; build one with 'lectern index' or start 'lectern serve'");
      }
      return new SlideIndex(directory, null, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  public boolean writable() {
    return writer != null;
  }

  /** Replaces the talk's documents as one block: readers see all of the old or all of the new. */
  public void replace(IndexedTalk talk) throws IOException {
    List<Document> docs = documents.build(talk);
    String id = talk.talk().id();
    synchronized (lockOf(id)) {
      requireWriter().updateDocuments(new Term(Schema.TALK_ID, id), docs);
      written.put(id, talk.fingerprint());
    }
  }

  /**
   * Replaces the talk only if the index still holds the version it was built from (same
   * fingerprint): the embedding pass must not bring back a talk that was re-indexed or deleted
   * while its vectors were computed. Returns whether it wrote.
   */
  public boolean replaceIfCurrent(IndexedTalk talk) throws IOException {
    List<Document> docs = documents.build(talk);
    String id = talk.talk().id();
    synchronized (lockOf(id)) {
      if (!latestFingerprint(id).equals(talk.fingerprint())) {
        return false;
      }
      requireWriter().updateDocuments(new Term(Schema.TALK_ID, id), docs);
      return true;
    }
  }

  /**
   * Replaces the talk only if the index still holds the version {@code expected} ("" for none) that
   * the caller read before it built the talk: two writers of the same talk from different reads of
   * the archive (a long reconciliation and a metadata refresh) must not let the older read win.
   * Returns whether it wrote.
   */
  public boolean replaceIfStill(IndexedTalk talk, String expected) throws IOException {
    List<Document> docs = documents.build(talk);
    String id = talk.talk().id();
    synchronized (lockOf(id)) {
      if (!latestFingerprint(id).equals(expected)) {
        return false;
      }
      requireWriter().updateDocuments(new Term(Schema.TALK_ID, id), docs);
      written.put(id, talk.fingerprint());
      return true;
    }
  }

  /** Deletes the talk only if the index still holds the version {@code expected}; whether it did. */
  public boolean deleteIfStill(String talkId, String expected) throws IOException {
    synchronized (lockOf(talkId)) {
      if (!latestFingerprint(talkId).equals(expected)) {
        return false;
      }
      requireWriter().deleteDocuments(new Term(Schema.TALK_ID, talkId));
      written.put(talkId, "");
      return true;
    }
  }

  /** The fingerprint of the talk's latest write, committed or not ("" for none or deleted). */
  public String latestFingerprint(String talkId) {
    String latest = written.get(talkId);
    return latest != null ? latest : catalog().fingerprints().getOrDefault(talkId, "");
  }

  private Object lockOf(String talkId) {
    return talkLocks[Math.floorMod(talkId.hashCode(), talkLocks.length)];
  }

  /** Writes (or rewrites) the meetup's own document. */
  public void replaceMeetup(Meetup meetup) throws IOException {
    requireWriter().updateDocument(new Term(Schema.MEETUP_KEY, meetup.id()), documents.meetupDocument(meetup));
  }

  public void deleteMeetup(String meetupId) throws IOException {
    requireWriter().deleteDocuments(new Term(Schema.MEETUP_KEY, meetupId));
  }

  public void delete(String talkId) throws IOException {
    synchronized (lockOf(talkId)) {
      requireWriter().deleteDocuments(new Term(Schema.TALK_ID, talkId));
      written.put(talkId, "");
    }
  }

  public void deleteAll() throws IOException {
    requireWriter().deleteAll();
    written.clear();
    catalog().fingerprints().keySet().forEach(id -> written.put(id, ""));
  }

  public void commit() throws IOException {
    requireWriter().commit();
  }

  /** Makes recent changes visible to searches. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  public Snapshot acquire() throws IOException {
    Snapshot snapshot = current.get();
    IndexSearcher searcher = searchers.acquire();
    if (snapshot == null || snapshot.searcher() != searcher) {
      // A refresh raced us; the catalog must match the searcher we hold.
      return new Snapshot(searcher, catalogLoader.load(searcher.getIndexReader()));
    }
    return snapshot;
  }

  public void release(Snapshot snapshot) throws IOException {
    searchers.release(snapshot.searcher());
  }

  /** The catalog of the latest snapshot, for pages that need no searcher. */
  public TalkCatalog catalog() {
    Snapshot snapshot = current.get();
    return snapshot == null ? TalkCatalog.empty() : snapshot.catalog();
  }

  /** Ids of the talks whose pages carry no vectors of {@code model} yet, newest first. */
  public List<String> talksNotEmbedded(String model) throws IOException {
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_TALK)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.EMBEDDED, model)), BooleanClause.Occur.MUST_NOT)
        .build();
    Snapshot snapshot = acquire();
    try {
      IndexSearcher searcher = snapshot.searcher();
      java.util.ArrayList<String> ids = new java.util.ArrayList<>();
      var stored = searcher.storedFields();
      for (var hit : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
        ids.add(stored.document(hit.doc, java.util.Set.of(Schema.TALK_ID)).get(Schema.TALK_ID));
      }
      ids.sort(java.util.Comparator.comparingInt(id -> snapshot.catalog().table().ordinal(id)));
      return ids;
    } finally {
      release(snapshot);
    }
  }

  public long sizeInBytes() throws IOException {
    long total = 0;
    for (String file : directory.listAll()) {
      try {
        total += directory.fileLength(file);
      } catch (IOException | RuntimeException gone) {
        // a merge removed it between listing and measuring
      }
    }
    return total;
  }

  private void updateCatalog() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      current.set(new Snapshot(searcher, catalogLoader.load(searcher.getIndexReader())));
    } finally {
      searchers.release(searcher);
    }
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("index opened read-only");
    }
    return writer;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (writer != null) {
      writer.close();
    }
    directory.close();
  }
}
