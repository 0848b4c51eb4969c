package dev.lectern.sync;

import dev.lectern.archive.ArchiveTalk;
import dev.lectern.archive.SpeakerDirectory;
import dev.lectern.archive.TalkAssembler;
import dev.lectern.extract.ExtractionCache;
import dev.lectern.extract.Extractor;
import dev.lectern.extract.ExtractorClosedException;
import dev.lectern.index.IndexedTalk;
import dev.lectern.index.SlideIndex;
import dev.lectern.model.Extraction;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Page;
import dev.lectern.model.Talk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The OCR pass of a reconciliation, after the text pass made every talk searchable: the pages the
 * text pass marked are read from their images, each file's new extraction replaces the marked one
 * in the cache (by content hash), and the talk is indexed again with its real fingerprint. A talk
 * whose pass is cut short keeps a fingerprint that matches nothing, so the next run finishes it
 * (its text from the cache, then OCR).
 */
final class OcrPass {
  /** Added to the fingerprint of a talk indexed while pages wait: the next run sees it as changed. */
  static final String WAITING = "+ocr-waiting";

  /** A talk the text pass indexed with pages waiting: as indexed, and what its files extracted. */
  record Waiting(ArchiveTalk talk, String fingerprint, Talk indexed, List<FileExtraction> files,
      SpeakerDirectory people) {
    int pages() {
      return files.stream().mapToInt(f -> waitingPages(f.extraction())).sum();
    }
  }

  private final Path archive;
  private final SlideIndex index;
  private final Extractor extractor;
  private final ExtractionCache cache;
  private final TalkAssembler assembler;
  private final BooleanSupplier stopping;

  OcrPass(Path archive, SlideIndex index, Extractor extractor, ExtractionCache cache, TalkAssembler assembler,
      BooleanSupplier stopping) {
    this.archive = archive;
    this.index = index;
    this.extractor = extractor;
    this.cache = cache;
    this.assembler = assembler;
    this.stopping = stopping;
  }

  static boolean waits(List<FileExtraction> files) {
    return files.stream().anyMatch(f -> f.extraction().waitsForOcr());
  }

  /**
   * Reads one talk's waiting pages and indexes it again; {@code left} counts the pages still
   * waiting in the whole pass. A talk cut off by a shutdown is left as the text pass indexed it.
   */
  void read(Waiting waiting, ReconcileListener listener, ReconcileTally tally, AtomicInteger left) throws IOException {
    List<FileExtraction> files = new ArrayList<>();
    try {
      for (FileExtraction file : waiting.files()) {
        if (stopping.getAsBoolean()) {
          return;
        }
        files.add(file.extraction().waitsForOcr() ? read(file, listener, tally, left) : file);
      }
    } catch (ExtractorClosedException e) {
      return; // the server is stopping: the talk keeps its waiting fingerprint and is finished next run
    }
    Talk talk = assembler.assemble(waiting.talk(), files, waiting.people());
    // A metadata refresh that rewrote the talk meanwhile wins; the OCR text is in the cache for the next run.
    index.replaceIfStill(new IndexedTalk(talk, waiting.talk().meetup(), files, waiting.fingerprint()),
        waiting.fingerprint() + WAITING);
    for (int i = 0; i < talk.files().size(); i++) {
      tally.recount(waiting.indexed().files().get(i), talk.files().get(i));
    }
  }

  private FileExtraction read(FileExtraction file, ReconcileListener listener, ReconcileTally tally,
      AtomicInteger left) throws IOException {
    long began = System.nanoTime();
    int pages = waitingPages(file.extraction());
    AtomicInteger done = new AtomicInteger();
    Extraction read = extractor.recognise(archive.resolve(file.path()), file.extraction(), () -> {
      if (done.incrementAndGet() <= pages) {
        listener.remaining(ReconcilePass.OCR, left.decrementAndGet());
      }
    });
    listener.remaining(ReconcilePass.OCR, left.addAndGet(-Math.max(0, pages - done.get())));
    if (!file.sha256().isEmpty()) {
      cache.put(file.sha256(), read);
    }
    long ms = (System.nanoTime() - began) / 1_000_000;
    tally.ocrPages.addAndGet(pages);
    listener.fileRead(file.path(), read.status().label(), read.reason(), pages, ms);
    return new FileExtraction(file.path(), file.sha256(), file.bytes(), read);
  }

  private static int waitingPages(Extraction extraction) {
    return extraction.waitsForOcr() ? (int) extraction.pages().stream().filter(Page::needsOcr).count() : 0;
  }
}
