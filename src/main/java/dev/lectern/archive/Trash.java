package dev.lectern.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Deleted talks, kept inside the archive in {@code .trash/<id>-<timestamp>/} (a dot-folder the
 * scanner skips) until {@code lectern trash purge}: a delete is a rename, so it is instant, atomic
 * and undoable. Each entry records where its files came from, in {@code trash.json}.
 */
public final class Trash {
  public static final String FOLDER = ".trash";
  private static final String RECORD = "trash.json";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  /** One deleted talk: where its files were, and the folder in the trash that holds them. */
  public record Entry(String id, String title, List<String> locations, String deletedAt, String user,
      String folder) {
    public Entry {
      locations = List.copyOf(locations);
    }
  }

  private final ArchiveEditor archive;
  private final AtomicFiles atomic = new AtomicFiles();
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Trash(ArchiveEditor archive) {
    this.archive = archive;
  }

  private Path root() {
    return archive.archive().resolve(FOLDER);
  }

  /** Moves a talk's folder (or its files) into the trash. */
  public Entry trash(String id, String title, List<String> locations, String user) throws IOException {
    Instant now = Instant.now();
    Path folder = root().resolve(safe(id) + "-" + STAMP.format(now));
    Files.createDirectories(folder);
    Entry entry = new Entry(id, title, locations, now.toString(), user, folder.getFileName().toString());
    atomic.write(folder.resolve(RECORD), mapper.writeValueAsBytes(entry));
    for (int i = 0; i < locations.size(); i++) {
      Files.move(archive.inside(locations.get(i)), folder.resolve(Integer.toString(i)),
          StandardCopyOption.ATOMIC_MOVE);
    }
    atomic.forceFolder(folder);
    return entry;
  }

  /** Entries, newest first. */
  public List<Entry> list() throws IOException {
    List<Entry> entries = new ArrayList<>();
    if (!Files.isDirectory(root())) {
      return entries;
    }
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(root())) {
      for (Path folder : folders) {
        Path record = folder.resolve(RECORD);
        if (Files.isRegularFile(record)) {
          try {
            entries.add(mapper.readValue(record.toFile(), Entry.class));
          } catch (IOException damaged) {
            // a hand-edited record: left for purge, not listed
          }
        }
      }
    }
    entries.sort(Comparator.comparing(Entry::deletedAt).reversed());
    return entries;
  }

  /**
   * Moves the newest trashed copy of a talk back where it was. Empty when the trash has no such
   * talk; an error when something else now occupies its place.
   */
  public Optional<Entry> restore(String id) throws IOException {
    Optional<Entry> found = list().stream().filter(e -> e.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      return found;
    }
    Entry entry = found.get();
    Path folder = root().resolve(entry.folder());
    for (String location : entry.locations()) {
      if (Files.exists(archive.inside(location))) {
        throw new IllegalStateException("cannot restore: " + location + " exists again in the archive");
      }
    }
    for (int i = 0; i < entry.locations().size(); i++) {
      Path target = archive.inside(entry.locations().get(i));
      Files.createDirectories(target.getParent());
      Files.move(folder.resolve(Integer.toString(i)), target, StandardCopyOption.ATOMIC_MOVE);
      atomic.forceFolder(target.getParent());
    }
    atomic.deleteTree(folder);
    return found;
  }

  /** Deletes everything in the trash for good; returns how many entries went. */
  public int purge() throws IOException {
    if (!Files.isDirectory(root())) {
      return 0;
    }
    int count = 0;
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(root())) {
      for (Path folder : folders) {
        atomic.deleteTree(folder);
        count++;
      }
    }
    return count;
  }

  private static String safe(String id) {
    String cleaned = id.replaceAll("[^\\p{L}\\p{N}-]", "-");
    return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
  }
}
