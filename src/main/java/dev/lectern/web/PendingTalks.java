package dev.lectern.web;

import dev.lectern.index.TalkCatalog;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import dev.lectern.sync.ReconcileScheduler;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes acknowledged but not yet indexed: uploaded or edited talks (answered with status
 * "indexing") and deleted ones (answered 404), each until the reconciliation requested after it
 * has run. After that the index answers for them.
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
    if (entry != null && scheduler.done(entry.ticket())) {
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

  private static boolean holds(Talk talk, String sha256) {
    for (TalkFile file : talk.files()) {
      if (file.sha256().equals(sha256)) {
        return true;
      }
    }
    return false;
  }
}
