package dev.lectern.archive;

import dev.lectern.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a file name says about its talk, each with a confidence: the title (how much it reads
 * like one), people ({@code 标题_讲者}, {@code 讲者-标题}, {@code Infra-Meetup-117-nick-title},
 * {@code … by Jane Doe}, a trailing {@code _handle}), and a date ({@code (20241006)}, {@code -2025-09-13}).
 */
record FileNameClues(Candidate title, List<Candidate> people, List<Speaker> speakers, String date,
    String possibleHandle) {
  private static final Pattern SERIES_HANDLE =
      Pattern.compile("^[A-Za-z][A-Za-z-]*?-\\d{1,4}[-_]([a-z]{2,12})[-_](.+)$");
  private static final Pattern BY_NAME =
      Pattern.compile("^(.+?)\\s+(?:by|von|par|por)\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})$");
  private static final Pattern TRAILING_HANDLE = Pattern.compile("^(.+?)\\s*[_-]([a-z]{2,12})$");
  private static final Set<String> GENERIC = Set.of("slides", "slide", "deck", "presentation", "talk", "final",
      "main", "index", "untitled", "document", "ppt", "pptx", "pdf", "keynote", "演示文稿", "课件", "幻灯片", "讲稿");
  private static final Pattern NOISE_WORDS = Pattern.compile(
      "(?i)(?:^|\\s)(?:slides?|deck|final|draft|(?-i:v\\d+(?:\\.\\d+)*)|(?:19|20)\\d{2})(?=\\s|$)");

  static FileNameClues read(String fileName) {
    String stem = stem(fileName);
    String date = DateShapes.find(stem).map(DateShapes.Found::iso).orElse("");
    FileName read = FileName.read(fileName);
    List<Candidate> people = new ArrayList<>();
    List<Speaker> speakers = new ArrayList<>(read.speakers());
    read.speakers().forEach(s -> people.add(new Candidate(s.name(), "file name", 0.8)));
    String title = read.title();
    String possibleHandle = "";
    Matcher m;
    if (speakers.isEmpty() && (m = SERIES_HANDLE.matcher(stem)).matches() && seriesHandle(stem, m)) {
      speakers.add(new Speaker(m.group(1), ""));
      people.add(new Candidate(m.group(1), "file name (handle)", 0.35));
      title = FileName.read(m.group(2) + ".pdf").title();
    } else if (speakers.isEmpty() && (m = BY_NAME.matcher(title)).matches()) {
      speakers.add(new Speaker(m.group(2), ""));
      people.add(new Candidate(m.group(2), "file name", 0.6));
      title = m.group(1);
    } else if (speakers.isEmpty() && (m = TRAILING_HANDLE.matcher(DateShapes.without(stem))).matches()) {
      boolean han = m.group(1).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
      if (han) {
        speakers.add(new Speaker(m.group(2), ""));
        people.add(new Candidate(m.group(2), "file name (handle)", 0.5));
        title = FileName.read(m.group(1) + ".pdf").title();
      } else {
        possibleHandle = m.group(2);
      }
    }
    return new FileNameClues(titleCandidate(stem, tidy(title)), people, speakers, date, possibleHandle);
  }

  /** The title once a handle proved to be a person: the file name without it. */
  FileNameClues withoutHandle(String fileName) {
    String stem = stem(fileName);
    Matcher m = TRAILING_HANDLE.matcher(DateShapes.without(stem));
    if (possibleHandle.isEmpty() || !m.matches()) {
      return this;
    }
    return new FileNameClues(titleCandidate(m.group(1), tidy(FileName.read(m.group(1) + ".pdf").title())), people,
        speakers, date, possibleHandle);
  }

  /** The word after {@code Series-12-} is a handle unless it repeats the series name or is a generic word. */
  private static boolean seriesHandle(String stem, Matcher m) {
    String prefix = stem.substring(0, m.start(1)).toLowerCase(Locale.ROOT);
    return !prefix.contains(m.group(1)) && !GENERIC.contains(m.group(1));
  }

  private static String tidy(String title) {
    String t = NOISE_WORDS.matcher(DateShapes.without(title)).replaceAll(" ").replaceAll("\\s+", " ").strip();
    t = t.replaceAll("^[\\s\\-_–—|:]+|[\\s\\-_–—|:]+$", "");
    if (!t.contains(" ") && t.matches(".*\\p{Ll}\\p{Lu}.*|.*\\p{Lu}{2}\\p{Ll}.*")) {
      t = t.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})", " ");
    }
    return t.isEmpty() ? title : t;
  }

  /** How much a file name reads like a title a person wrote. */
  private static Candidate titleCandidate(String stem, String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    if (title.isBlank() || GENERIC.contains(lower) || lower.matches("[\\d\\s._-]*")) {
      return new Candidate("", "file name", 0);
    }
    int words = title.split("\\s+").length;
    long han = title.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    double confidence;
    if (TitleText.eventLabel(title)) {
      confidence = 0.15;
    } else if (han >= 2 || stem.strip().contains(" ") && words >= 2) {
      confidence = 0.75;
    } else if (!stem.contains(" ") && !stem.contains("_") && !stem.contains("-") && words >= 2) {
      confidence = words >= 3 ? 0.55 : 0.35;
    } else {
      confidence = words >= 3 ? 0.5 : words == 2 ? 0.45 : 0.3;
    }
    return new Candidate(title, "file name", confidence);
  }

  static String stem(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    while (name.matches("(?i).+\\.(pdf|pptx?|ppsx|pps|key|odp|docx?|md|markdown|txt|html?)$")) {
      name = name.substring(0, name.lastIndexOf('.'));
    }
    return name;
  }
}
