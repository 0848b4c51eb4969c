package dev.lectern.extract.keynote;

/**
 * Bounds on reading one Keynote package: entries looked at, bytes read from one entry, bytes
 * inflated in all (zip and Snappy together), objects, slides and characters kept. A package past
 * any of them is refused with a reason, never read in part.
 */
public record KeynoteLimits(
    int maxEntries, long maxEntryBytes, long maxInflatedBytes, int maxObjects, int maxSlides, long maxCharacters) {
  public static final KeynoteLimits DEFAULTS =
      new KeynoteLimits(100_000, 64L << 20, 128L << 20, 2_000_000, 10_000, 5_000_000);

  public KeynoteLimits {
    if (maxEntries < 1 || maxEntryBytes < 1 || maxInflatedBytes < 1 || maxObjects < 1 || maxSlides < 1
        || maxCharacters < 1) {
      throw new IllegalArgumentException("every Keynote limit must be positive");
    }
  }

  /** The defaults, with the zip and text limits every other format is read under. */
  public static KeynoteLimits of(long maxZipEntries, long maxZipEntryBytes, long maxCharacters) {
    return new KeynoteLimits((int) Math.min(Integer.MAX_VALUE, maxZipEntries),
        Math.min(DEFAULTS.maxEntryBytes(), maxZipEntryBytes), DEFAULTS.maxInflatedBytes(), DEFAULTS.maxObjects(),
        DEFAULTS.maxSlides(), maxCharacters);
  }
}
