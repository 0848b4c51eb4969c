package dev.lectern.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks at a zip package's directory before any parser inflates it. POI's own inflate-ratio check
 * does not stop Tika 3.3.1 from building a 1 GB slide's DOM (measured: the child runs out of heap
 * first), so an entry that declares more than the size cap, or that declares an inflation beyond
 * the ratio once past a grace size, marks the file as a zip bomb. A package that lies about its
 * sizes gets past this, and then meets POI's entry-size limit and the child's heap cap.
 */
final class ZipInflationCheck {
  /** Small entries compress absurdly well when they are repetitive XML; only big ones are judged. */
  private static final long GRACE_BYTES = 16L * 1024 * 1024;

  private final double minInflateRatio;
  private final long maxEntryBytes;

  ZipInflationCheck(double minInflateRatio, long maxEntryBytes) {
    this.minInflateRatio = minInflateRatio;
    this.maxEntryBytes = maxEntryBytes;
  }

  /** Why the file is a zip bomb, or empty when it is not a zip or looks sane. */
  Optional<String> problem(Path file) {
    if (!isZip(file)) {
      return Optional.empty();
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > maxEntryBytes) {
          return Optional.of(reason(entry, "inflates to " + size + " bytes, over the cap of " + maxEntryBytes));
        }
        if (size > GRACE_BYTES && compressed > 0 && (double) compressed / size < minInflateRatio) {
          return Optional.of(reason(entry, "inflates " + size / compressed + "x (" + compressed + " → " + size
              + " bytes)"));
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not a readable zip: the parser reports it
    }
    return Optional.empty();
  }

  private static String reason(ZipEntry entry, String what) {
    String name = entry.getName().length() > 80 ? entry.getName().substring(0, 80) + "…" : entry.getName();
    return "zip bomb: entry " + name + " " + what;
  }

  private static boolean isZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }
}
