package dev.lectern.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.io.AtomicWrite;
import dev.lectern.model.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Extractions stored by content hash, so an unchanged file is never parsed twice: one gzipped JSON
 * file per hash at {@code <dir>/ab/abcdef….json.gz}. Entries written by another {@link #FORMAT}
 * are ignored (and overwritten on the next put), which is how an extraction change invalidates
 * them. A damaged entry reads as a miss, never as an error: the cache can always be rebuilt.
 */
public final class ExtractionCache {
  /**
   * Bump whenever extraction output changes (new normalization, page splitting, fields). 3: OCR
   * and page sources, bullets on their own lines.
   */
  public static final int FORMAT = 3;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * What is stored: the format and hash travel with the extraction so a stray file is detected;
   * the variant names the settings it was made under (see {@link #ExtractionCache(Path, String)}).
   */
  record Entry(int format, String sha256, String variant, Extraction extraction) {}

  private final Path directory;
  private final String variant;
  private final ObjectMapper json;

  public ExtractionCache(Path directory) {
    this(directory, "");
  }

  /**
   * {@code variant} names the settings extractions depend on beyond the file (OCR on, off, or
   * waiting for Tesseract): an entry made under another variant is a miss, and is redone.
   */
  public ExtractionCache(Path directory, String variant) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.variant = variant == null ? "" : variant;
    // The channel must stay open after writing so it can be forced to disk: the mapper never closes.
    this.json = ExtractionJson.mapper();
  }

  public Optional<Extraction> get(String sha256) {
    Path file = pathOf(sha256);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      Entry entry = json.readValue(in, Entry.class);
      if (entry.format() != FORMAT || !sha256.equals(entry.sha256()) || entry.extraction() == null
          || !variant.equals(entry.variant() == null ? "" : entry.variant())) {
        return Optional.empty();
      }
      return Optional.of(entry.extraction());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Stores atomically: readers see the old entry or the new one, never half a file. */
  public void put(String sha256, Extraction extraction) throws IOException {
    Objects.requireNonNull(extraction, "extraction");
    Path file = pathOf(sha256);
    AtomicWrite.replace(file, sha256.substring(0, 8), out -> {
      GZIPOutputStream gzip = new GZIPOutputStream(out);
      json.writeValue(gzip, new Entry(FORMAT, sha256, variant, extraction));
      gzip.finish();
    });
  }

  Path pathOf(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      // The hash becomes a path: anything but 64 hex digits could climb out of the directory.
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits, was " + sha256);
    }
    return directory.resolve(sha256.substring(0, 2)).resolve(sha256 + ".json.gz");
  }
}
