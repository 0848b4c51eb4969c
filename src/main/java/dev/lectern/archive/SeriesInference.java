package dev.lectern.archive;

import dev.lectern.model.FieldSource;
import dev.lectern.model.Meetup;
import dev.lectern.model.Slugs;
import dev.lectern.model.WordSpelling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds meetup series: the top-most folder that holds two or more dated (or numbered) meetups is one
 * series ({@code openai-triton-meetups/meetups/<date>}, {@code gopherchina-meetup/<city>/<date>}); a
 * {@code series.json} in that folder names it. Folder words that only describe the repository
 * ({@code www}, {@code slides}, {@code archive}) stay out of the name.
 */
final class SeriesInference {
  static final String SERIES_JSON = "series.json";

  private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(".*\\p{L}\\s+\\d{1,4}");

  private final Path root;
  private final NameSpellings spellings;
  private final MetadataReader reader = new MetadataReader();

  SeriesInference(Path root, NameSpellings spellings) {
    this.root = root;
    this.spellings = spellings;
  }

  /** Each meetup with its series set, keyed as given. */
  <K> Map<K, Meetup> apply(Map<K, Meetup> meetups) {
    Map<String, Integer> datedBelow = new HashMap<>();
    for (Meetup m : meetups.values()) {
      if (!placed(m.date(), m.title())) {
        continue;
      }
      for (String folder : ancestorsAndSelf(m.folder())) {
        datedBelow.merge(folder, 1, Integer::sum);
      }
    }
    // An undated meetup in a folder that also holds a dated one is that folder's material (see
    // MaterialFolders): with one dated meetup beside it, the folder is already a series.
    java.util.Set<String> material = new java.util.HashSet<>();
    for (Meetup m : meetups.values()) {
      boolean undated = !placed(m.date(), m.title());
      if (undated && !m.folder().isEmpty() && datedBelow.getOrDefault(m.folder(), 0) >= 1) {
        material.add(m.folder());
      }
    }
    Map<K, Meetup> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<K, Meetup> e : meetups.entrySet()) {
      Meetup m = e.getValue();
      String series = ancestorsAndSelf(m.folder()).stream().filter(f -> datedBelow.getOrDefault(f, 0) >= 2
          || material.contains(f)).findFirst().orElse("");
      if (series.isEmpty()) {
        out.put(e.getKey(), m);
      } else {
        String declared = declaredTitle(series);
        out.put(e.getKey(), declared != null ? m.inSeries(Slugs.of(series), declared, FieldSource.DECLARED)
            : m.inSeries(Slugs.of(series), folderTitle(series), Meetup.FOLDER_NAME));
      }
    }
    return out;
  }

  /**
   * A meetup with its place in a run of events: a date, or a number ({@code Party #12},
   * {@code Lectures 11}, from folders {@code 12th/}, {@code lecture_011/}). Undated and unnumbered,
   * a folder is material or a meetup of its own, never one of a series' events.
   */
  static boolean placed(String date, String title) {
    return !date.isEmpty() || title.contains("#") || NUMBERED.matcher(title).matches();
  }

  /** Top-most first: {@code a}, {@code a/b}, {@code a/b/c}. */
  private static List<String> ancestorsAndSelf(String folder) {
    List<String> out = new ArrayList<>();
    if (folder.isEmpty()) {
      return out;
    }
    String[] parts = folder.split("/");
    for (int i = 1; i <= parts.length; i++) {
      out.add(String.join("/", java.util.Arrays.copyOf(parts, i)));
    }
    return out;
  }

  /** The series' name as its series.json declares it, or null. */
  private String declaredTitle(String folder) {
    Path file = root.resolve(folder).resolve(SERIES_JSON);
    if (Files.isRegularFile(file)) {
      try {
        String title = reader.series(MetadataFile.read(file), folder + "/" + SERIES_JSON, p -> { }).map(SeriesJson::title)
            .orElse(null);
        if (title != null && !title.isBlank()) {
          return title.strip();
        }
      } catch (IOException e) {
        // an unreadable series.json names nothing; the folder still does
      }
    }
    return null;
  }

  private String folderTitle(String folder) {
    String name = folder.substring(folder.lastIndexOf('/') + 1);
    List<String> words = new ArrayList<>();
    for (String word : FolderName.humanize(name).split(" ")) {
      if (!FolderName.repositoryWord(word)) {
        words.add(word);
      }
    }
    return spellings.respell(words.isEmpty() ? FolderName.humanize(name) : String.join(" ", words),
        WordSpelling.kept(folder, ""));
  }
}
