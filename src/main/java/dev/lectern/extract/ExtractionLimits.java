package dev.lectern.extract;

import java.time.Duration;

/**
 * Every bound on extracting one untrusted file, in one place: how long a child may take, how much
 * heap it may use, how much text is kept, and how far a zip may inflate. Embedded documents are
 * never parsed at all (see {@link TikaExtractor}), which bounds nesting depth and count at zero.
 */
public record ExtractionLimits(
    Duration timeout, int heapMb, long maxCharacters, double minInflateRatio, long maxZipEntryBytes,
    long maxZipEntries) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  public static final int DEFAULT_HEAP_MB = 512;
  /** POI's own default: an entry may not inflate more than 100x (checked past the first few KB). */
  public static final double DEFAULT_MIN_INFLATE_RATIO = 0.01;
  /** No single part of a deck is near this (videos are never read); a 1 GB slide is an attack. */
  public static final long DEFAULT_MAX_ZIP_ENTRY_BYTES = 128L * 1024 * 1024;

  /**
   * POI refuses packages of more than 1,000 entries by default, which a 500-slide deck (slide, its
   * relations, notes and theirs) already exceeds; real decks with images need room too.
   */
  public static final long DEFAULT_MAX_ZIP_ENTRIES = 100_000;

  public static final ExtractionLimits DEFAULTS = new ExtractionLimits(DEFAULT_TIMEOUT, DEFAULT_HEAP_MB,
      TikaExtractor.DEFAULT_MAX_CHARACTERS, DEFAULT_MIN_INFLATE_RATIO, DEFAULT_MAX_ZIP_ENTRY_BYTES,
      DEFAULT_MAX_ZIP_ENTRIES);

  public ExtractionLimits {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("extraction timeout must be positive, was " + timeout);
    }
    if (heapMb < 64) {
      throw new IllegalArgumentException("extraction heap must be at least 64 MB, was " + heapMb);
    }
    if (maxCharacters < 1) {
      throw new IllegalArgumentException("maxCharacters must be >= 1, was " + maxCharacters);
    }
    if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
      throw new IllegalArgumentException("minInflateRatio must be in (0, 1), was " + minInflateRatio);
    }
    if (maxZipEntryBytes < 1024 * 1024) {
      throw new IllegalArgumentException("maxZipEntryBytes must be at least 1 MB, was " + maxZipEntryBytes);
    }
    if (maxZipEntries < 1000) {
      throw new IllegalArgumentException("maxZipEntries must be at least 1000, was " + maxZipEntries);
    }
  }

  public ExtractionLimits withTimeout(Duration value) {
    return new ExtractionLimits(value, heapMb, maxCharacters, minInflateRatio, maxZipEntryBytes, maxZipEntries);
  }

  public ExtractionLimits withHeapMb(int value) {
    return new ExtractionLimits(timeout, value, maxCharacters, minInflateRatio, maxZipEntryBytes, maxZipEntries);
  }

  public ExtractionLimits withMaxCharacters(long value) {
    return new ExtractionLimits(timeout, heapMb, value, minInflateRatio, maxZipEntryBytes, maxZipEntries);
  }
}
