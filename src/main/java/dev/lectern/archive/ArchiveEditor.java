package dev.lectern.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lectern.extract.FormatDetector;
import dev.lectern.model.DocumentFormat;
import dev.lectern.model.Slugs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Every change organizers make lands here, as plain files in the archive: decks, {@code talk.json},
 * {@code meetup.json}. A new talk is assembled in a hidden staging folder and renamed into place in
 * one step, so the archive never shows half a talk; a new version of a file replaces the old one
 * atomically. Paths are always resolved under the archive root, whatever a request says.
 */
public final class ArchiveEditor {
  public static final String TALK_JSON = "talk.json";
  public static final String MEETUP_JSON = "meetup.json";

  private final Path archive;
  private final AtomicFiles atomic = new AtomicFiles();
  private final FormatDetector detector = new FormatDetector();
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final MetadataReader reader = new MetadataReader();

  public ArchiveEditor(Path archive) {
    this.archive = archive.toAbsolutePath().normalize();
  }

  public Path archive() {
    return archive;
  }

  /** Removes staging leftovers of a crash (at startup, before anything reads the archive). */
  public int removeLeftovers() throws IOException {
    return atomic.removeLeftovers(archive);
  }

  /** The absolute path of an archive-relative one; refuses anything that would leave the archive. */
  public Path inside(String relative) {
    Path path = archive.resolve(relative).normalize();
    if (!path.startsWith(archive)) {
      throw new IllegalArgumentException("path leaves the archive: " + relative);
    }
    return path;
  }

  public String relative(Path path) {
    return archive.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** A hidden folder under {@code parent} to assemble a new talk or meetup in. */
  public Path newStagingFolder(Path parent) throws IOException {
    Files.createDirectories(parent);
    return Files.createDirectory(atomic.tempIn(parent));
  }

  /** Writes an upload to a forced temporary file in {@code folder}, hashing and detecting it. */
  public StagedFile stage(InputStream in, String originalName, Path folder) throws IOException {
    MessageDigest digest = sha256();
    Path temp;
    try (DigestInputStream hashing = new DigestInputStream(in, digest)) {
      temp = atomic.stage(hashing, folder);
    }
    try {
      FormatDetector.Detection detection = detector.detect(temp, originalName);
      String format = detection.format().map(DocumentFormat::label).orElse("");
      String stored = detection.format()
          .map(f -> UploadName.of(originalName, f.extensions())).orElse("");
      return new StagedFile(temp, originalName == null ? "" : originalName, stored, format,
          detection.mediaType(), HexFormat.of().formatHex(digest.digest()), Files.size(temp));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Deletes staged files or a staging folder that will not be published. */
  public void discard(Path staged) {
    try {
      atomic.deleteTree(staged);
    } catch (IOException e) {
      // the startup sweep removes it
    }
  }

  /**
   * Publishes a staging folder that holds {@code files} as a talk: files get their stored names,
   * {@code talk.json} is written, then the folder is renamed to a free name derived from the title
   * under {@code meetupFolder}. With {@code newMeetup} the staging folder is the meetup folder and
   * the talk a subfolder in it. Returns the talk folder, relative to the archive.
   */
  public String publishTalk(Path staging, List<StagedFile> files, TalkJson talkJson, String title,
      Path meetupFolder, MeetupJson newMeetup) throws IOException {
    Path talkDir = staging;
    if (newMeetup != null) {
      talkDir = Files.createDirectory(staging.resolve(Slugs.of(title)));
      atomic.write(staging.resolve(MEETUP_JSON), mapper.writeValueAsBytes(newMeetup));
    }
    Set<String> taken = new HashSet<>();
    for (StagedFile file : files) {
      Files.move(file.temp(), talkDir.resolve(UploadName.free(file.storedName(), taken)));
    }
    atomic.write(talkDir.resolve(TALK_JSON), mapper.writeValueAsBytes(talkJson));
    atomic.forceFolder(talkDir);
    Path target = newMeetup != null
        ? freeFolder(archive, meetupFolder.getFileName().toString())
        : freeFolder(meetupFolder, Slugs.of(title));
    atomic.commit(staging, target);
    return relative(newMeetup != null ? target.resolve(talkDir.getFileName()) : target);
  }

  /** Moves a staged file over {@code name} in an existing talk folder: a new version replaces the old. */
  public String publishFile(StagedFile file, Path talkFolder) throws IOException {
    Path target = talkFolder.resolve(file.storedName());
    atomic.commit(file.temp(), target);
    return relative(target);
  }

  /**
   * Moves a talk into another meetup's folder: its own folder in one rename, or its loose files (and
   * their {@code <name>.talk.json}, which becomes talk.json) into a new folder named after them.
   * Never through a hidden staging folder: the startup sweep removes those, and with them the decks.
   * Returns the talk's new location, relative.
   */
  public String moveTalk(String location, List<String> files, String sidecar, Path meetupFolder) throws IOException {
    Path source = inside(location);
    if (Files.isDirectory(source)) {
      Path target = freeFolder(meetupFolder, source.getFileName().toString());
      atomic.commit(source, target);
      atomic.forceFolder(source.getParent());
      return relative(target);
    }
    Path target = Files.createDirectory(freeFolder(meetupFolder, ArchiveLayout.stem(source.getFileName().toString())));
    if (Files.exists(inside(sidecar))) {
      Files.move(inside(sidecar), target.resolve(TALK_JSON), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    for (String file : files) {
      Path from = inside(file);
      Files.move(from, target.resolve(from.getFileName()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    atomic.forceFolder(target);
    atomic.forceFolder(source.getParent());
    atomic.forceFolder(meetupFolder);
    return relative(target);
  }

  /** Creates {@code <archive>/<folderName>/meetup.json}; returns the folder, relative. */
  public String createMeetup(String folderName, MeetupJson meetupJson) throws IOException {
    Path staging = newStagingFolder(archive);
    try {
      atomic.write(staging.resolve(MEETUP_JSON), mapper.writeValueAsBytes(meetupJson));
      Path target = freeFolder(archive, folderName);
      atomic.commit(staging, target);
      return relative(target);
    } catch (IOException | RuntimeException e) {
      discard(staging);
      throw e;
    }
  }

  /**
   * A metadata file (talk.json, meetup.json, series.json) as its record, or {@code absent} when there
   * is none; a damaged file is an error, never overwritten.
   */
  public <T> T read(Path file, Class<T> type, T absent) throws IOException {
    if (!Files.exists(file)) {
      return absent;
    }
    return reader.strict(MetadataFile.read(file), relative(file), type);
  }

  /** Writes a metadata record durably, in the shape the scanner reads it. */
  public void write(Path file, Object metadata) throws IOException {
    atomic.write(file, mapper.writeValueAsBytes(metadata));
  }

  private Path freeFolder(Path parent, String name) {
    Path candidate = parent.resolve(name);
    for (int n = 2; Files.exists(candidate); n++) {
      candidate = parent.resolve(name + "-" + n);
    }
    return candidate;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
