package dev.lectern.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads meetups and talks out of folder names. A folder with {@code talk.json} is a talk and the
 * nearest folder with {@code meetup.json} its meetup. Otherwise the deepest folder whose name holds
 * a date or an ordinal ({@code 20150912}, {@code 2016/07}, {@code 12th}) is the meetup, extended by a
 * city folder right below it ({@code 2018/07/beijing}); with no such folder the document's own folder
 * is, split by a date in the file name. Below the meetup, the first folder that is not just sorting
 * ({@code slides/}, a repeated name) is a talk; files directly inside are talks grouped by stem, so a
 * deck exported to PDF stays one talk.
 */
final class ArchiveLayout {

  /**
   * A meetup: its folder, plus the date or the number read from file names when the folder has
   * neither ({@code 2024-05-06-kernels.pdf}, {@code Kelp-Night-12-tides.pdf} in {@code Kelp-Night/}).
   */
  record MeetupKey(String folder, String fileDate, int fileOrdinal) implements Comparable<MeetupKey> {
    MeetupKey(String folder, String fileDate) {
      this(folder, fileDate, 0);
    }

    /** What file names say of the event, for its id: the date, {@code #12}, or "". */
    String fileEvent() {
      return fileOrdinal > 0 ? "#" + fileOrdinal : fileDate;
    }

    @Override
    public int compareTo(MeetupKey other) {
      int byFolder = folder.compareTo(other.folder);
      int byDate = byFolder != 0 ? byFolder : fileDate.compareTo(other.fileDate);
      return byDate != 0 ? byDate : Integer.compare(fileOrdinal, other.fileOrdinal);
    }
  }

  /** Where a document belongs. {@code talkFolder} is empty when the talk is a file (or stem group). */
  record Placement(MeetupKey meetup, String talkFolder, String talkKey, String idSource) {}

  record MeetupGuess(String title, String date, String city) {}

  private final Set<String> meetupFolders;
  private final Set<String> talkFolders;

  ArchiveLayout(Set<String> meetupFolders, Set<String> talkFolders) {
    this.meetupFolders = Set.copyOf(meetupFolders);
    this.talkFolders = Set.copyOf(talkFolders);
  }

  Placement place(String document) {
    List<String> parts = ArchiveScanner.split(document);
    List<String> dirs = parts.subList(0, parts.size() - 1);
    String fileName = parts.get(parts.size() - 1);
    for (int i = 0; i < dirs.size(); i++) {
      if (talkFolders.contains(join(dirs, i + 1))) {
        return placeTalkFolder(join(dirs, i + 1));
      }
    }
    int declared = lastDeclaredMeetup(dirs, dirs.size());
    int meetupDepth = declared >= 0 ? declared : inferMeetupDepth(dirs);
    String fileDate = "";
    int fileOrdinal = 0;
    if (declared < 0 && eventIndex(dirs, dirs.size()) < 0) {
      FolderName name = FolderName.parse(stem(fileName));
      fileDate = name.date().length() == 10 && name.raw().startsWith(name.date().substring(0, 4)) ? name.date() : "";
      fileOrdinal = fileDate.isEmpty() && meetupDepth > 0 ? numberAfter(stem(fileName), dirs.get(meetupDepth - 1)) : 0;
    }
    MeetupKey meetup = new MeetupKey(join(dirs, meetupDepth), fileDate, fileOrdinal);
    for (int i = meetupDepth; i < dirs.size(); i++) {
      if (!transparent(dirs, i)) {
        String folder = join(dirs, i + 1);
        return new Placement(meetup, folder, folder, folder);
      }
    }
    String stemPath = join(dirs, dirs.size()) + "/" + stem(fileName);
    return new Placement(meetup, "", stemPath.toLowerCase(Locale.ROOT), stemPath);
  }

  Placement placeTalkFolder(String folder) {
    List<String> dirs = ArchiveScanner.split(folder);
    int parentDepth = dirs.size() - 1;
    int declared = lastDeclaredMeetup(dirs, dirs.size());
    int meetupDepth = declared >= 0 ? declared : inferMeetupDepth(dirs.subList(0, parentDepth));
    return new Placement(new MeetupKey(join(dirs, meetupDepth), ""), folder, folder, folder);
  }

  MeetupGuess guess(MeetupKey key, String rootName) {
    List<String> dirs = ArchiveScanner.split(key.folder());
    String date = "";
    String city = "";
    List<String> title = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < dirs.size(); i++) {
      FolderName name = FolderName.parse(dirs.get(i));
      if (isMonthOfYear(dirs, i)) {
        date = date + "-" + name.raw();
        continue;
      }
      if (name.date().length() >= date.length()) {
        date = name.date().isEmpty() ? date : name.date();
      }
      city = name.city().isEmpty() ? city : name.city();
      if (!transparent(dirs, i)) {
        if (name.ordinal() > 0) {
          singularForOrdinal(name.ordinalLabel(), title);
        }
        addNewWords(name.titlePart(), title, seen);
      }
    }
    date = key.fileDate().isEmpty() ? date : key.fileDate();
    if (key.fileOrdinal() > 0) {
      title.add("#" + key.fileOrdinal());
    }
    return new MeetupGuess(title.isEmpty() ? rootName : String.join(" ", title), date, city);
  }

  /**
   * The number of an event a file names when its name starts with its undated folder's name and a
   * number, then more words: {@code Kelp-Night-12-tides.pdf} in {@code Kelp-Night/} is from Kelp
   * Night #12. Repeating the folder's name marks the number as the event's, not a version or a part.
   */
  static int numberAfter(String stem, String folder) {
    List<String> folderWords = List.of(folder.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    List<String> words = List.of(stem.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    int n = folderWords.size();
    if (folderWords.contains("") || words.size() < n + 2 || !words.subList(0, n).equals(folderWords)
        || !words.get(n).matches("\\d{1,4}") || words.get(n).matches("(?:19|20)\\d{2}")) {
      return 0;
    }
    return Integer.parseInt(words.get(n));
  }

  /**
   * One numbered event of a run named in the plural is named in the singular: {@code kelp-lectures/lecture_003}
   * is "Kelp Lecture 3", not "Kelp Lectures 3", when the label's word is the title's last word without its s.
   */
  private static void singularForOrdinal(String label, List<String> title) {
    int space = label.indexOf(' ');
    if (space <= 0 || title.isEmpty()) {
      return;
    }
    String word = label.substring(0, space);
    int last = title.size() - 1;
    if (title.get(last).equalsIgnoreCase(word + "s")) {
      String plural = title.get(last);
      title.set(last, plural.substring(0, plural.length() - 1));
    }
  }

  /** Words already in the title (or their plural) are dropped: {@code triton-meetups/meetups}. */
  private static void addNewWords(String part, List<String> title, Set<String> seen) {
    for (String word : part.split(" ")) {
      String key = word.toLowerCase(Locale.ROOT);
      String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
      boolean repeated = seen.contains(key) || seen.contains(singular) || seen.contains(key + "s");
      if (!word.isEmpty() && !FolderName.repositoryWord(word) && !repeated) {
        title.add(word);
        seen.add(key);
      }
    }
  }

  private int lastDeclaredMeetup(List<String> dirs, int depth) {
    for (int d = depth; d >= 1; d--) {
      if (meetupFolders.contains(join(dirs, d))) {
        return d;
      }
    }
    return -1;
  }

  /** Depth of the meetup folder among {@code dirs}, which all lie above the talk. */
  private static int inferMeetupDepth(List<String> dirs) {
    int event = eventIndex(dirs, dirs.size());
    if (event < 0) {
      int depth = dirs.size();
      while (depth > 0 && transparent(dirs, depth - 1)) {
        depth--;
      }
      return depth;
    }
    int depth = event + 1;
    while (depth < dirs.size() && FolderName.parse(dirs.get(depth)).isCityOnly()) {
      depth++;
    }
    return depth;
  }

  private static int eventIndex(List<String> dirs, int limit) {
    for (int i = limit - 1; i >= 0; i--) {
      if (!transparent(dirs, i) && (FolderName.parse(dirs.get(i)).isEvent() || isMonthOfYear(dirs, i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isMonthOfYear(List<String> dirs, int i) {
    return i > 0 && FolderName.parse(dirs.get(i)).isMonth() && dirs.get(i - 1).matches("(19|20)\\d{2}");
  }

  /** Folders that only sort files: generic names and a folder repeating its parent's name. */
  static boolean transparent(List<String> dirs, int i) {
    return FolderName.parse(dirs.get(i)).isGeneric() || i > 0 && dirs.get(i).equals(dirs.get(i - 1));
  }

  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static String join(List<String> dirs, int depth) {
    return String.join("/", dirs.subList(0, depth));
  }
}
