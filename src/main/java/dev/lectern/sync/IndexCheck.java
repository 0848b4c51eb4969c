package dev.lectern.sync;

import dev.lectern.archive.ArchiveScanner;
import dev.lectern.archive.ArchiveTalk;
import dev.lectern.archive.ContentHash;
import dev.lectern.index.Schema;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkCatalog;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Verifies the index against the archive: every indexed file still exists with the hash it was
 * indexed with, every talk in the archive is indexed with the same files, nothing indexed is gone
 * from the archive, and no talk has more than one talk document. {@link #repair} fixes all of it
 * from the archive, which is the source of truth.
 */
public final class IndexCheck {
  /** One thing wrong, about one talk. */
  public record Problem(String kind, String talkId, String detail) {
    @Override
    public String toString() {
      return kind + ": " + talkId + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
  }

  private final Path archive;
  private final SlideIndex index;
  private final ContentHash hash = new ContentHash();

  public IndexCheck(Path archive, SlideIndex index) {
    this.archive = archive;
    this.index = index;
  }

  public List<Problem> run() throws IOException {
    List<Problem> problems = new ArrayList<>();
    TalkCatalog catalog = index.catalog();
    Map<String, ArchiveTalk> inArchive = new HashMap<>();
    for (ArchiveTalk talk : new ArchiveScanner(archive).scan().talks()) {
      inArchive.put(talk.id(), talk);
    }
    for (Talk talk : catalog.talks()) {
      ArchiveTalk found = inArchive.get(talk.id());
      if (found == null) {
        problems.add(new Problem("orphaned", talk.id(), "indexed, but gone from the archive"));
        continue;
      }
      for (TalkFile file : talk.files()) {
        Path path = archive.resolve(file.path());
        if (!Files.isRegularFile(path)) {
          problems.add(new Problem("missing file", talk.id(), file.path()));
        } else if (!file.sha256().isEmpty() && !file.sha256().equals(hash.sha256(path))) {
          problems.add(new Problem("changed file", talk.id(), file.path()));
        }
      }
      Set<String> indexedFiles = new HashSet<>(talk.files().stream().map(TalkFile::path).toList());
      for (String file : found.files()) {
        if (!indexedFiles.contains(file)) {
          problems.add(new Problem("unindexed file", talk.id(), file));
        }
      }
    }
    Map<String, String> indexedBy = new HashMap<>();
    catalog.talks().forEach(t -> t.files().forEach(f -> indexedBy.put(f.path(), t.id())));
    for (ArchiveTalk talk : inArchive.values()) {
      // A PDF exported beside its deck under another name is indexed in the deck's talk (SameDeckTalks).
      boolean joined = !talk.files().isEmpty() && talk.files().stream().map(indexedBy::get).distinct().count() == 1
          && indexedBy.get(talk.files().get(0)) != null;
      if (catalog.talk(talk.id()).isEmpty() && !joined) {
        problems.add(new Problem("unindexed", talk.id(), talk.location()));
      }
    }
    talkDocumentCounts().forEach((id, count) -> {
      if (count > 1) {
        problems.add(new Problem("duplicate", id, count + " talk documents"));
      }
    });
    problems.sort(java.util.Comparator.comparing(Problem::talkId).thenComparing(Problem::kind));
    return problems;
  }

  /** Drops every talk a problem names, then reconciles: the archive writes them back as they are. */
  public ReconcileSummary repair(List<Problem> problems, Reconciler reconciler, ReconcileListener listener)
      throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    problems.forEach(p -> ids.add(p.talkId()));
    for (String id : ids) {
      index.delete(id);
    }
    index.commit();
    index.refresh();
    return reconciler.reconcile(listener);
  }

  private Map<String, Integer> talkDocumentCounts() throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    SlideIndex.Snapshot snapshot = index.acquire();
    try {
      for (LeafReaderContext leaf : snapshot.searcher().getIndexReader().leaves()) {
        PostingsEnum docs = leaf.reader().postings(new Term(Schema.TYPE, Schema.TYPE_TALK), PostingsEnum.NONE);
        if (docs == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live == null || live.get(doc)) {
            counts.merge(stored.document(doc).get(Schema.TALK_ID), 1, Integer::sum);
          }
        }
      }
    } finally {
      index.release(snapshot);
    }
    return counts;
  }
}
