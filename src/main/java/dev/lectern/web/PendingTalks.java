package dev.lectern.web;

import dev.lectern.archive.ArchiveTalk;
import dev.lectern.archive.Curator;
import dev.lectern.archive.TalkJson;
import dev.lectern.index.TalkCatalog;
import dev.lectern.model.DocumentFormat;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import dev.lectern.sync.ReconcileScheduler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Writes acknowledged but not yet indexed: uploaded or edited talks (answered with status
 * "indexing") until the reconciliation requested after them has committed their text, and deleted
 * ones (answered 404) until that reconciliation has finished. After that the index answers for them,
 * with each file's real outcome, while page images may still be drawn.
 */
final class PendingTalks {
  private record Entry(Talk talk, long ticket) {}

  private final ReconcileScheduler scheduler;
  private final Map<String, Entry> written = new ConcurrentHashMap<>();
  private final Map<String, Long> deleted = new ConcurrentHashMap<>();

  PendingTalks(ReconcileScheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** For a read-only server: nothing is ever pending. */
  static PendingTalks none() {
    return new PendingTalks(null);
  }

  /** A talk just written as the API shows it until the index has it. */
  Talk view(Curator.Written written, TalkCatalog catalog) {
    ArchiveTalk talk = written.talk();
    Map<String, TalkFile> known = new HashMap<>();
    catalog.talk(talk.id()).ifPresent(t -> t.files().forEach(f -> known.put(f.path(), f)));
    for (String path : talk.files()) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      written.files().stream().filter(f -> f.storedName().equals(name)).findFirst()
          .ifPresent(f -> known.put(path, new TalkFile(path, f.format(), 0, "indexing", "", f.sha256(), f.bytes())));
    }
    Talk view = view(talk, known, written.title());
    return catalog.talk(talk.id()).map(indexed -> over(indexed, view, talk.declared())).orElse(view);
  }

  /** The indexed talk with what talk.json now declares put over it: an edit of one field keeps the others. */
  private static Talk over(Talk indexed, Talk view, TalkJson declared) {
    return new Talk(view.id(), view.title(), view.meetup(),
        declared.speakers() != null ? view.speakers() : indexed.speakers(),
        declared.abstractText() != null ? view.abstractText() : indexed.abstractText(),
        declared.tags() != null ? view.tags() : indexed.tags(),
        declared.language() != null && !declared.language().isBlank() ? view.language() : indexed.language(),
        declared.videoUrl() != null ? view.videoUrl() : indexed.videoUrl(),
        declared.slidesUrl() != null ? view.slidesUrl() : indexed.slidesUrl(), view.files(), view.status(),
        declared.date() != null ? view.date() : indexed.date(), indexed.provenance());
  }

  void written(Talk talk, long ticket) {
    deleted.remove(talk.id());
    written.put(talk.id(), new Entry(talk, ticket));
  }

  void deleted(String id, long ticket) {
    written.remove(id);
    deleted.put(id, ticket);
  }

  Optional<Talk> talk(String id) {
    Entry entry = written.get(id);
    if (entry != null && scheduler.searchable(entry.ticket())) {
      written.remove(id, entry);
      return Optional.empty();
    }
    return entry == null ? Optional.empty() : Optional.of(entry.talk());
  }

  boolean isDeleted(String id) {
    Long ticket = deleted.get(id);
    if (ticket != null && scheduler.done(ticket)) {
      deleted.remove(id, ticket);
      return false;
    }
    return ticket != null;
  }

  /** What the curator asks before a write, answered by these writes and the index's current catalog. */
  Curator.Contents contents(Supplier<TalkCatalog> catalog) {
    return new Curator.Contents() {
      @Override
      public Optional<Talk> holderOf(String sha256) {
        return PendingTalks.this.holderOf(sha256, catalog.get());
      }

      @Override
      public Optional<Talk> indexed(String id) {
        return catalog.get().talk(id);
      }

      @Override
      public boolean isDeleted(String id) {
        return PendingTalks.this.isDeleted(id);
      }

      @Override
      public void written(Curator.Written written) {
        PendingTalks.this.written(view(written, catalog.get()), written.ticket());
      }

      @Override
      public void deleted(String id, long ticket) {
        PendingTalks.this.deleted(id, ticket);
      }
    };
  }

  /** The talk that already holds a file with this content: pending uploads first, then the index. */
  Optional<Talk> holderOf(String sha256, TalkCatalog catalog) {
    for (Entry entry : written.values()) {
      if (holds(entry.talk(), sha256)) {
        return Optional.of(entry.talk());
      }
    }
    for (Talk talk : catalog.talks()) {
      if (!isDeleted(talk.id()) && !written.containsKey(talk.id()) && holds(talk, sha256)) {
        return Optional.of(talk);
      }
    }
    return Optional.empty();
  }

  /** The talk as the API will show it until indexed: declared metadata, files with status "indexing". */
  static Talk view(ArchiveTalk talk, Map<String, TalkFile> known, String fallbackTitle) {
    TalkJson declared = talk.declared();
    List<TalkFile> files = talk.files().stream().map(path -> {
      TalkFile file = known.get(path);
      String format = DocumentFormat.ofFileName(path).map(DocumentFormat::label).orElse("");
      return file != null ? new TalkFile(path, format, file.pages(), "indexing", "", file.sha256(), file.bytes())
          : new TalkFile(path, format, 0, "indexing", "", "", 0);
    }).toList();
    String title = declared.title() != null && !declared.title().isBlank() ? declared.title() : fallbackTitle;
    return new Talk(talk.id(), title, MeetupRef.of(talk.meetup()), declared.people(), declared.abstractText(),
        declared.tags(), declared.language(), declared.videoUrl(), declared.slidesUrl(), files, "indexing",
        declared.date() == null ? "" : declared.date().value(), java.util.Map.of());
  }


  private static boolean holds(Talk talk, String sha256) {
    for (TalkFile file : talk.files()) {
      if (file.sha256().equals(sha256)) {
        return true;
      }
    }
    return false;
  }
}
