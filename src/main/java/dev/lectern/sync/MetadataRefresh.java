package dev.lectern.sync;

import dev.lectern.archive.ArchiveScanner;
import dev.lectern.archive.ArchiveSnapshot;
import dev.lectern.archive.ArchiveTalk;
import dev.lectern.archive.TalkAssembler;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.index.IndexedTalk;
import dev.lectern.index.SlideIndex;
import dev.lectern.model.Extraction;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Talk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Brings the index in line with the archive's metadata without extracting anything, so that an
 * organizer's edit (talk.json, meetup.json, series.json, speakers.json, a move) is searchable at
 * once, even while a reconciliation spends minutes drawing page images or reading pages with OCR.
 * A talk whose files are all in the extraction cache is assembled again and rewritten; a talk that
 * would need extraction is left to the reconciliation that every edit also requests.
 *
 * <p>Both write a talk only if the index still holds the version they read before building it
 * ({@link SlideIndex#replaceIfStill}), so an older read of the archive never overwrites a newer one.
 */
final class MetadataRefresh {
  private final Path archive;
  private final SlideIndex index;
  private final ExtractionCache cache;
  private final TalkAssembler assembler;
  private final ArchiveHashes hashes;
  private final UnaryOperator<IndexedTalk> cachedVectors;
  private final SameDecks sameDecks;

  /** The reconciliation's joining of a deck and its export into one talk, from the cache alone. */
  interface SameDecks {
    /** Empty when deciding needs a file not extracted yet. */
    Optional<List<ArchiveTalk>> join(List<ArchiveTalk> talks) throws IOException;
  }

  MetadataRefresh(Path archive, SlideIndex index, ExtractionCache cache, TalkAssembler assembler,
      ArchiveHashes hashes, UnaryOperator<IndexedTalk> cachedVectors, SameDecks sameDecks) {
    this.archive = archive;
    this.index = index;
    this.cache = cache;
    this.assembler = assembler;
    this.hashes = hashes;
    this.cachedVectors = cachedVectors;
    this.sameDecks = sameDecks;
  }

  /**
   * Rewrites every talk whose metadata changed and deletes every talk gone from the archive, then
   * commits. True when nothing was left for a reconciliation: every change of the archive as read
   * is now searchable; false when some talk needs its files extracted (or changed under us).
   */
  synchronized boolean refresh() throws IOException {
    ArchiveSnapshot snapshot = new ArchiveScanner(archive).scan();
    Optional<List<ArchiveTalk>> talks = sameDecks.join(snapshot.talks());
    if (talks.isEmpty()) {
      return false; // a new deck or export: which talks there are is the reconciliation's to decide
    }
    Map<String, String> visible = index.catalog().fingerprints();
    Set<String> gone = new HashSet<>(visible.keySet());
    boolean complete = true;
    int written = 0;
    for (ArchiveTalk talk : talks.get()) {
      gone.remove(talk.id());
      var fileHashes = hashes.of(talk);
      String fingerprint = ArchiveHashes.fingerprint(talk, fileHashes);
      String previous = index.latestFingerprint(talk.id());
      if (previous.equals(fingerprint) || previous.equals(fingerprint + OcrPass.WAITING)) {
        // A reconciliation may have written this read already and not committed it yet.
        written += previous.equals(visible.getOrDefault(talk.id(), "")) ? 0 : 1;
        continue;
      }
      Optional<List<FileExtraction>> extracted = cached(talk, fileHashes);
      if (extracted.isEmpty()) {
        complete = false;
        continue;
      }
      Talk assembled = assembler.assemble(talk, extracted.get(), snapshot.speakers());
      String stored = OcrPass.waits(extracted.get()) ? fingerprint + OcrPass.WAITING : fingerprint;
      boolean wrote = index.replaceIfStill(
          cachedVectors.apply(new IndexedTalk(assembled, talk.meetup(), extracted.get(), stored)), previous);
      complete &= wrote;
      written += wrote ? 1 : 0;
    }
    for (String id : gone) {
      String previous = index.latestFingerprint(id);
      if (!previous.isEmpty()) {
        complete &= index.deleteIfStill(id, previous);
      }
      written++; // deleted here, or by a reconciliation that has not committed yet
    }
    written += Reconciler.syncMeetups(index, snapshot);
    if (written > 0) {
      index.commit();
      index.refresh();
    }
    return complete;
  }

  /** Every file's extraction from the cache, or empty when one of them was never extracted. */
  private Optional<List<FileExtraction>> cached(ArchiveTalk talk, Map<String, String> fileHashes) {
    List<FileExtraction> files = new ArrayList<>();
    for (String file : talk.files()) {
      String sha = fileHashes.get(file);
      Optional<Extraction> extraction = sha == null || sha.isEmpty() ? Optional.empty() : cache.get(sha);
      if (extraction.isEmpty()) {
        return Optional.empty();
      }
      files.add(new FileExtraction(file, sha, Reconciler.size(archive.resolve(file)), extraction.get()));
    }
    return Optional.of(files);
  }
}
