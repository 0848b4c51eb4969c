package dev.lectern.cli;

import dev.lectern.extract.Extractor;
import dev.lectern.index.SearchCache;
import dev.lectern.index.SemanticSearch;
import dev.lectern.index.SlideIndex;
import dev.lectern.index.TalkSearcher;
import dev.lectern.log.EventLog;
import dev.lectern.sync.Embeddings;
import dev.lectern.sync.Reconciler;
import java.util.function.IntSupplier;
import java.io.IOException;

/**
 * What the commands need built for them. {@code dev.lectern.Lectern} implements it, so the wiring
 * stays in one place and a command only parses its options and reports.
 */
public interface Components {
  /** Opens the index for writing, recovering it first if an earlier run left it damaged. */
  SlideIndex openForWriting(ArchivePaths paths) throws IOException;

  SlideIndex openForReading(ArchivePaths paths) throws IOException;

  Extractor extractor(ExtractionSettings settings);

  Reconciler reconciler(ArchivePaths paths, SlideIndex index, Extractor extractor, ExtractionSettings settings);

  /** A reconciler that writes a talk with its vectors at once when they are all in the embedding cache. */
  Reconciler reconciler(ArchivePaths paths, SlideIndex index, Extractor extractor, ExtractionSettings settings,
      Embeddings embeddings);

  /**
   * Embeddings for this index (the model loads on first need), or null when turned off;
   * {@code textPending} is the text pass's queue, which the embedding pass yields the cores to.
   */
  Embeddings embeddings(ArchivePaths paths, SlideIndex index, ExtractionSettings settings, IntSupplier textPending);

  /** A searcher with the built-in and the archive's glossary, or with none at all. */
  TalkSearcher searcher(SlideIndex index, ArchivePaths paths, boolean glossary);

  /** A searcher that also ranks by meaning through {@code semantic}. */
  TalkSearcher searcher(SlideIndex index, ArchivePaths paths, boolean glossary, SemanticSearch semantic);

  /** The server's searcher: ranks by meaning through {@code semantic} and keeps recent answers in {@code cache}. */
  TalkSearcher searcher(SlideIndex index, ArchivePaths paths, boolean glossary, SemanticSearch semantic,
      SearchCache cache);

  /** Operational events go to stderr: key=value lines, or JSON lines. */
  EventLog eventLog(boolean json);

  /** Serves until the process is stopped; returns the exit code. */
  int serve(ArchivePaths paths, ServerSettings server, ExtractionSettings extraction, boolean logJson)
      throws IOException;
}
