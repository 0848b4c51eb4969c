package dev.lectern.extract.keynote;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The files of a Keynote 2013+ package, whether it is a zip or a package folder: the
 * {@code Index/*.iwa} objects (loose, or inside a nested {@code Index.zip}) and the names of the
 * {@code Data/} files that slide thumbnails point to. Everything read is charged to one
 * {@link ByteBudget}; an entry over the size cap or a package over the entry count is refused.
 */
final class KeynotePackage {
  private static final Pattern IWA = Pattern.compile("(?:(.*/))?Index/[^/]+\\.iwa");
  private static final Pattern INDEX_ZIP = Pattern.compile("(?:(.*/))?Index\\.zip");

  /** The compressed {@code .iwa} files and the entry names of everything else in the package. */
  record Contents(List<byte[]> iwaFiles, List<String> entryNames) {}

  private KeynotePackage() {}

  static Contents read(Path file, KeynoteLimits limits, ByteBudget budget) throws IOException {
    return Files.isDirectory(file) ? readFolder(file, limits, budget) : readZip(file, limits, budget);
  }

  /** True when the package has {@code Index/*.iwa} files or an {@code Index.zip}: Keynote 2013+. */
  static boolean hasIndex(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      return Files.isDirectory(file.resolve("Index")) || Files.isRegularFile(file.resolve("Index.zip"));
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      int looked = 0;
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements() && looked++ < 10_000; ) {
        String name = entries.nextElement().getName();
        if (IWA.matcher(name).matches() || INDEX_ZIP.matcher(name).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /** One entry's bytes (e.g. a slide thumbnail), when present and within the size cap. */
  static Optional<byte[]> entry(Path file, String name, long maxBytes) throws IOException {
    if (Files.isDirectory(file)) {
      Path root = file.toAbsolutePath().normalize();
      Path target = root.resolve(name).normalize();
      if (!target.startsWith(root) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
          || Files.size(target) > maxBytes) {
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(target));
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null || entry.isDirectory()) {
        return Optional.empty();
      }
      try (InputStream in = zip.getInputStream(entry)) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
      }
    }
  }

  private static Contents readZip(Path file, KeynoteLimits limits, ByteBudget budget) throws IOException {
    List<byte[]> iwas = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxEntries()) {
        throw new KeynoteFormatException("package has " + zip.size() + " entries, over the cap of " + limits.maxEntries());
      }
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        names.add(entry.getName());
        collect(entry.getName(), () -> zip.getInputStream(entry), limits, budget, iwas);
      }
    }
    return new Contents(iwas, names);
  }

  /** Something that opens one entry's bytes. */
  private interface Opener {
    InputStream open() throws IOException;
  }

  /** Reads an entry when it is an {@code .iwa} or the nested {@code Index.zip}; skips the rest. */
  private static void collect(String name, Opener opener, KeynoteLimits limits, ByteBudget budget,
      List<byte[]> iwas) throws IOException {
    if (IWA.matcher(name).matches()) {
      iwas.add(bounded(opener.open(), name, limits, budget));
    } else if (INDEX_ZIP.matcher(name).matches()) {
      readNested(bounded(opener.open(), name, limits, budget), limits, budget, iwas);
    }
  }

  /** The nested {@code Index.zip} of newer packages: read as a stream, never written to disk. */
  private static void readNested(byte[] zipBytes, KeynoteLimits limits, ByteBudget budget, List<byte[]> iwas)
      throws IOException {
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > limits.maxEntries()) {
          throw new KeynoteFormatException("Index.zip has more than " + limits.maxEntries() + " entries");
        }
        if (IWA.matcher(entry.getName()).matches()) {
          iwas.add(bounded(zip, entry.getName(), limits, budget));
        }
      }
    }
  }

  private static Contents readFolder(Path folder, KeynoteLimits limits, ByteBudget budget) throws IOException {
    List<byte[]> iwas = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder, 3)) {
      for (Path path : (Iterable<Path>) walk.limit(limits.maxEntries() + 1L)::iterator) {
        if (names.size() == limits.maxEntries()) {
          throw new KeynoteFormatException("package has more than " + limits.maxEntries() + " files");
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          continue; // a folder, or a link that could point anywhere: nothing to read
        }
        String name = folder.relativize(path).toString().replace('\\', '/');
        names.add(name);
        collect(name, () -> Files.newInputStream(path), limits, budget, iwas);
      }
    }
    return new Contents(iwas, names);
  }

  /** Reads at most the entry cap and what is left of the budget; more is an error, not a cut. */
  private static byte[] bounded(InputStream in, String name, KeynoteLimits limits, ByteBudget budget)
      throws IOException {
    long cap = Math.min(limits.maxEntryBytes(), budget.remaining());
    int wanted = (int) Math.min(Integer.MAX_VALUE - 8, cap + 1);
    byte[] bytes;
    if (in instanceof ZipInputStream) {
      bytes = in.readNBytes(wanted); // not closed: the next entry follows
    } else {
      try (in) {
        bytes = in.readNBytes(wanted);
      }
    }
    if (bytes.length > limits.maxEntryBytes()) {
      throw new KeynoteFormatException("entry " + shortName(name) + " is over " + ByteBudget.describe(limits.maxEntryBytes()));
    }
    budget.charge(bytes.length);
    return bytes;
  }

  /** The package root an {@code Index} entry sits under ("" or e.g. "Presentation.key/"). */
  static String root(List<String> names) {
    for (String name : names) {
      for (Pattern pattern : List.of(IWA, INDEX_ZIP)) {
        Matcher m = pattern.matcher(name);
        if (m.matches()) {
          return m.group(1) == null ? "" : m.group(1);
        }
      }
    }
    return "";
  }

  private static String shortName(String name) {
    return name.length() > 80 ? name.substring(0, 80) + "…" : name;
  }
}
