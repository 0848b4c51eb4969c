package dev.lectern.index.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Equivalent terms used at query time: {@code Inductor, TorchInductor} or {@code NPU, 昇腾}. One
 * group per line, terms separated by commas, {@code #} starts a comment. Lectern ships a small
 * glossary of common abbreviations and English–Chinese pairs; an archive's own {@code glossary.txt}
 * adds to it. The archive's file is re-read when it changes, so editing it needs no re-index.
 */
public final class Glossary {
  private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
  private static final String BUILT_IN = "/glossary.txt";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Path file;
  private final Map<String, List<String>> builtIn;
  private final int builtInLongest;
  private final AtomicReference<Loaded> loaded = new AtomicReference<>(new Loaded(null, Map.of(), 0));

  /**
   * The archive's glossary as last read, the most words any of its terms has (counted once per
   * reading, not per query), and when its modification time was last looked at.
   */
  private record Loaded(FileTime modified, Map<String, List<String>> groups, int longest, long checkedNanos) {
    Loaded(FileTime modified, Map<String, List<String>> groups, long checkedNanos) {
      this(modified, groups, Glossary.longest(groups), checkedNanos);
    }
  }

  /** How often the archive's file is looked at: edits show within a second, queries pay no stat. */
  private static final long RECHECK_NANOS = 1_000_000_000L;

  public Glossary(Path file) {
    this(file, parse(readBuiltIn()));
  }

  private Glossary(Path file, Map<String, List<String>> builtIn) {
    this.file = file;
    this.builtIn = builtIn;
    this.builtInLongest = longest(builtIn);
  }

  /** No equivalents at all: measures what search finds without any glossary. */
  public static Glossary none() {
    return new Glossary(null, Map.of());
  }

  /** The terms equivalent to {@code term} (itself included), or just the term when it has none. */
  public List<String> equivalents(String term) {
    String key = normalize(term);
    List<String> fromArchive = archiveGroups().get(key);
    List<String> fromBuiltIn = builtIn.get(key);
    if (fromArchive == null && fromBuiltIn == null) {
      return List.of(term);
    }
    List<String> all = new ArrayList<>();
    all.add(term);
    for (List<String> group : java.util.Arrays.asList(fromArchive, fromBuiltIn)) {
      if (group != null) {
        group.stream().filter(t -> !normalize(t).equals(key) && !all.contains(t)).forEach(all::add);
      }
    }
    return all;
  }

  /**
   * The archive's equivalents as now read: the same object until its glossary file changes, so
   * whoever keeps answers computed with them can tell when they are out of date.
   */
  public Object reading() {
    return archiveGroups();
  }

  /** The longest number of words any glossary term has, so callers know how far to look ahead. */
  public int longestTerm() {
    archiveGroups(); // looks at the archive's file again when it is time to
    return Math.max(builtInLongest, loaded.get().longest());
  }

  private static int longest(Map<String, List<String>> groups) {
    int longest = 1;
    for (String key : groups.keySet()) {
      longest = Math.max(longest, key.split(" ").length);
    }
    return longest;
  }

  private Map<String, List<String>> archiveGroups() {
    Loaded current = loaded.get();
    long now = System.nanoTime();
    if (file == null || (current.checkedNanos() != 0 && now - current.checkedNanos() < RECHECK_NANOS)) {
      return current.groups();
    }
    try {
      // A pipe would block the read and a huge file fill the heap: neither is a glossary.
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
        loaded.set(new Loaded(null, Map.of(), now));
        return Map.of();
      }
      FileTime modified = Files.getLastModifiedTime(file);
      if (modified.equals(current.modified())) {
        loaded.set(new Loaded(modified, current.groups(), current.longest(), now));
        return current.groups();
      }
      Map<String, List<String>> groups = parse(Files.readString(file, StandardCharsets.UTF_8));
      loaded.set(new Loaded(modified, groups, now));
      return groups;
    } catch (IOException | UncheckedIOException e) {
      return current.groups(); // keep the last good reading while the file is being rewritten
    }
  }

  static Map<String, List<String>> parse(String text) {
    Map<String, List<String>> groups = new HashMap<>();
    for (String line : text.split("\\R")) {
      int hash = line.indexOf('#');
      String content = hash >= 0 ? line.substring(0, hash) : line;
      List<String> terms = new ArrayList<>();
      for (String term : content.split("[,;，；]")) {
        if (!term.isBlank()) {
          terms.add(term.strip());
        }
      }
      if (terms.size() < 2) {
        continue;
      }
      for (String term : terms) {
        groups.merge(normalize(term), List.copyOf(terms), (a, b) -> {
          List<String> merged = new ArrayList<>(a);
          b.stream().filter(t -> !merged.contains(t)).forEach(merged::add);
          return merged;
        });
      }
    }
    return groups;
  }

  /** Case, spacing, compatibility forms and traditional Han all fold, as the analyzers fold them. */
  static String normalize(String term) {
    String folded = Normalizer2.getNFKCCasefoldInstance().normalize(SPACES.matcher(term.strip()).replaceAll(" "));
    if (folded.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return folded;
    }
    return SimplifiedChinese.of(folded).toLowerCase(Locale.ROOT);
  }

  private static String readBuiltIn() {
    try (InputStream in = Glossary.class.getResourceAsStream(BUILT_IN)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
