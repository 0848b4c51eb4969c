package dev.lectern.archive;

import dev.lectern.model.FieldSource;
import dev.lectern.model.DocumentFormat;
import dev.lectern.model.Meetup;
import dev.lectern.model.Slugs;
import dev.lectern.model.WordSpelling;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Walks an archive folder and says which meetups and talks it holds. The folder tree is the source
 * of truth; {@code meetup.json} and {@code talk.json} refine it, and without them the layout is read
 * the way a person would read it (see {@link ArchiveLayout}).
 */
public final class ArchiveScanner {
  private final Path root;
  private final MetadataReader reader = new MetadataReader();

  public ArchiveScanner(Path root) {
    this.root = root;
  }

  public ArchiveSnapshot scan() {
    ArchiveWalk walk = ArchiveWalk.of(root);
    List<MetadataProblem> problems = new ArrayList<>(walk.problems());
    ArchiveLayout layout = new ArchiveLayout(walk.meetupFolders(), walk.talkFolders());

    Map<String, byte[]> jsonBytes = new HashMap<>();
    Map<String, MeetupJson> meetupJson = new HashMap<>();
    Map<String, TalkJson> talkJson = new HashMap<>();
    for (String folder : walk.meetupFolders()) {
      String file = folder + "/" + ArchiveWalk.MEETUP_JSON;
      byte[] bytes = read(walk, file, problems);
      jsonBytes.put(file, bytes);
      reader.meetup(bytes, file, problems::add).ifPresent(m -> meetupJson.put(folder, m));
    }
    for (String folder : walk.talkFolders()) {
      String file = folder + "/" + ArchiveWalk.TALK_JSON;
      byte[] bytes = read(walk, file, problems);
      jsonBytes.put(file, bytes);
      reader.talk(bytes, file, problems::add).ifPresent(t -> talkJson.put(folder, t));
    }
    // A loose file's talk.json is keyed like its talk: the path without extension, in lower case.
    for (String file : walk.sidecars()) {
      String key = sidecarKey(file);
      byte[] bytes = read(walk, file, problems);
      jsonBytes.put(key + "/" + ArchiveWalk.TALK_JSON, bytes);
      reader.talk(bytes, file, problems::add).ifPresent(t -> talkJson.put(key, t));
    }

    // Group documents by talk; TreeMaps keep the output ordered by path.
    Map<String, ArchiveLayout.Placement> placements = new TreeMap<>();
    Map<String, List<String>> filesByTalk = new TreeMap<>();
    for (String document : walk.documents()) {
      ArchiveLayout.Placement placement = layout.place(document);
      placements.putIfAbsent(placement.talkKey(), placement);
      filesByTalk.computeIfAbsent(placement.talkKey(), k -> new ArrayList<>()).add(document);
    }
    for (String folder : walk.talkFolders()) {
      ArchiveLayout.Placement placement = layout.placeTalkFolder(folder);
      placements.putIfAbsent(placement.talkKey(), placement);
      filesByTalk.computeIfAbsent(placement.talkKey(), k -> new ArrayList<>());
    }

    placements = MaterialFolders.regroup(placements, layout, walk.meetupFolders(), humanRootName());
    NameSpellings spellings = NameSpellings.of(walk.documents());

    Map<ArchiveLayout.MeetupKey, Meetup> meetups = new TreeMap<>();
    Ids meetupIds = new Ids();
    for (String folder : walk.meetupFolders()) {
      ArchiveLayout.MeetupKey key = new ArchiveLayout.MeetupKey(folder, "");
      meetups.put(key, meetup(layout, key, meetupIds, Optional.ofNullable(meetupJson.get(folder)), spellings));
    }
    Ids talkIds = new Ids();
    List<ArchiveTalk> talks = new ArrayList<>();
    for (var entry : placements.entrySet()) {
      ArchiveLayout.Placement p = entry.getValue();
      Meetup meetup = meetups.computeIfAbsent(p.meetup(),
          key -> meetup(layout, key, meetupIds, Optional.ofNullable(meetupJson.get(key.folder())), spellings));
      List<String> files = new ArrayList<>(filesByTalk.get(entry.getKey()));
      // Decks first: file 1 is the deck a reader wants, notes documents follow.
      files.sort(java.util.Comparator.comparing((String f) -> !DocumentFormat.ofFileName(f)
          .map(DocumentFormat::isDeck).orElse(false)).thenComparing(f -> f));
      String location = p.talkFolder().isEmpty() ? files.get(0) : p.talkFolder();
      String jsonKey = p.talkFolder().isEmpty() ? p.talkKey() : p.talkFolder();
      String digest = digest(jsonBytes.get(jsonKey + "/" + ArchiveWalk.TALK_JSON),
          jsonBytes.get(p.meetup().folder() + "/" + ArchiveWalk.MEETUP_JSON));
      talks.add(new ArchiveTalk(talkIds.claim(Slugs.of(p.idSource()), location), location, meetup,
          talkJson.get(jsonKey), files, digest));
    }
    Map<ArchiveLayout.MeetupKey, Meetup> inSeries = new SeriesInference(root, spellings).apply(meetups);
    Map<String, Meetup> byId = new HashMap<>();
    inSeries.values().forEach(m -> byId.put(m.id(), m));
    List<ArchiveTalk> placed = new ArrayList<>();
    byte[] speakersJson = walk.speakersJson() ? read(walk, SpeakersJson.FILE, problems) : null;
    SpeakersJson people = speakersJson == null ? SpeakersJson.NONE
        : reader.speakers(speakersJson, SpeakersJson.FILE, problems::add).orElse(SpeakersJson.NONE);
    for (ArchiveTalk t : talks) {
      Meetup meetup = byId.get(t.meetup().id());
      // A series.json edit renames the series of every talk in it, a speakers.json edit may rename
      // anyone's speakers: both join the digest.
      String digest = meetup.series().isEmpty() && speakersJson == null ? t.metadataDigest()
          : digest((t.metadataDigest() + "\n" + meetup.seriesTitle()).getBytes(StandardCharsets.UTF_8), speakersJson);
      placed.add(new ArchiveTalk(t.id(), t.location(), meetup, t.declared(), t.files(), digest));
    }
    placed.sort((a, b) -> a.location().compareTo(b.location()));
    return new ArchiveSnapshot(List.copyOf(inSeries.values()), placed, problems, new SpeakerDirectory(people));
  }

  private Meetup meetup(ArchiveLayout layout, ArchiveLayout.MeetupKey key, Ids ids,
      Optional<MeetupJson> declared, NameSpellings spellings) {
    ArchiveLayout.MeetupGuess guess = layout.guess(key, humanRootName());
    String source = key.folder().isEmpty() ? root.getFileName().toString() : key.folder();
    String id = ids.claim(Slugs.of(source + (key.fileEvent().isEmpty() ? "" : "/" + key.fileEvent())),
        key.folder() + "@" + key.fileEvent());
    var json = declared.orElse(MeetupJson.NONE);
    return new Meetup(id,
        orElse(json.title(), spellings.respell(guess.title(), WordSpelling.kept(key.folder(), guess.city()))),
        json.date() == null ? guess.date() : json.date().value(),
        orElse(json.city(), guess.city()),
        json.venue(), json.organizers(), json.url(), json.description(), json.tags(), key.folder(), "", "",
        java.util.Map.of("title", declared(json.title()) ? FieldSource.DECLARED : Meetup.FOLDER_NAME));
  }

  private String humanRootName() {
    Path name = root.toAbsolutePath().normalize().getFileName();
    return name == null ? "Archive" : FolderName.humanize(name.toString());
  }

  private static boolean declared(String name) {
    return name != null && !name.isBlank();
  }

  private static String orElse(String declared, String inferred) {
    return declared == null || declared.isBlank() ? inferred : declared.strip();
  }

  private static byte[] read(ArchiveWalk walk, String file, List<MetadataProblem> problems) {
    try {
      return MetadataFile.read(walk.resolve(file));
    } catch (IOException e) {
      problems.add(new MetadataProblem(file, 0, 0, "cannot read: " + e.getMessage()));
      return new byte[0];
    }
  }

  /** talk.json bytes, then meetup.json bytes: either changing re-indexes the talk. */
  static String digest(byte[] talkJson, byte[] meetupJson) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(talkJson == null ? new byte[0] : talkJson);
      sha.update(meetupJson == null ? new byte[0] : meetupJson);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Hands out unique ids. Slugs collide (truncation at 80 characters, punctuation folding), so a
   * taken slug gets a short hash of the full path: stable for as long as the path exists.
   */
  private static final class Ids {
    private final Map<String, String> owners = new HashMap<>();

    String claim(String slug, String owner) {
      String id = slug;
      if (owners.containsKey(id) && !owners.get(id).equals(owner)) {
        id = slug + "-" + shortHash(owner);
      }
      owners.putIfAbsent(id, owner);
      return id;
    }

    private static String shortHash(String text) {
      return digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null).substring(0, 8);
    }
  }

  /** The talk key a {@code <stem>.talk.json} belongs to. */
  static String sidecarKey(String file) {
    String stemPath = file.substring(0, file.length() - ArchiveWalk.SIDECAR_SUFFIX.length());
    return (stemPath.contains("/") ? stemPath : "/" + stemPath).toLowerCase(java.util.Locale.ROOT);
  }

  /** Where a talk's talk.json is: in its folder, or beside it when the talk is a loose file. */
  public static String talkJsonOf(ArchiveTalk talk, boolean ownFolder) {
    if (ownFolder) {
      return talk.location() + "/" + ArchiveWalk.TALK_JSON;
    }
    String file = talk.location();
    int slash = file.lastIndexOf('/');
    int dot = file.lastIndexOf('.');
    return (dot > slash ? file.substring(0, dot) : file) + ArchiveWalk.SIDECAR_SUFFIX;
  }

  static List<String> split(String relative) {
    return relative.isEmpty() ? List.of() : Arrays.asList(relative.split("/"));
  }
}
