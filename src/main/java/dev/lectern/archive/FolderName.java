package dev.lectern.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one path component says about a meetup: a (partial ISO) date, an ordinal ({@code 12th},
 * {@code lecture_001}), a city, and the humanized words left once those are read. Archives encode
 * meetups in folder names because that is all a folder tree offers.
 */
record FolderName(String raw, String date, int ordinal, String ordinalLabel, String city, String words) {

  private static final Pattern ISO_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_.](\\d{1,2})[-_.](\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");
  private static final Pattern US_DATE =
      Pattern.compile("(?<!\\d)(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern YEAR_MONTH =
      Pattern.compile("^((?:19|20)\\d{2})[-_.](0[1-9]|1[0-2])$");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?![\\d.])");
  private static final Pattern SUFFIX_ORDINAL = Pattern.compile("^(\\d{1,4})(?:st|nd|rd|th)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD_ORDINAL = Pattern.compile(
      "^(lecture|session|meetup|episode|week|part|vol|issue|meeting)[-_ #]?0*(\\d{1,4})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CHINESE_ORDINAL = Pattern.compile("^第(\\d{1,4})[期届次]$");
  private static final Pattern HASH_ORDINAL = Pattern.compile("^#(\\d{1,4})$");

  /** Words that describe the repository a folder came from, not the event: {@code llvm-mlir-www}, {@code *-slides}. */
  private static final Set<String> REPOSITORY_WORDS = Set.of("www", "slides", "slide", "presentations",
      "presentation", "archive", "archives", "archieves", "files", "materials", "repo", "repository", "site", "docs");

  static boolean repositoryWord(String word) {
    return REPOSITORY_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Folders that only sort files (and the archive's own bookkeeping): never a talk, never a title word. */
  private static final Set<String> GENERIC = Set.of(
      "slides", "slide", "ppt", "ppts", "pptx", "pdf", "pdfs", "files", "decks", "deck", "课件",
      "幻灯片", "presentations", "archive", "archives", "archieves", "资料", "materials", "docs");

  /** Lower-case city keys (spaces removed) to their display form. */
  private static final Map<String, String> CITIES = Map.ofEntries(
      Map.entry("beijing", "Beijing"), Map.entry("shanghai", "Shanghai"),
      Map.entry("guangzhou", "Guangzhou"), Map.entry("shenzhen", "Shenzhen"),
      Map.entry("hangzhou", "Hangzhou"), Map.entry("chengdu", "Chengdu"), Map.entry("wuhan", "Wuhan"),
      Map.entry("nanjing", "Nanjing"), Map.entry("xian", "Xi'an"), Map.entry("xiamen", "Xiamen"),
      Map.entry("suzhou", "Suzhou"), Map.entry("tianjin", "Tianjin"), Map.entry("chongqing", "Chongqing"),
      Map.entry("changsha", "Changsha"), Map.entry("hefei", "Hefei"), Map.entry("qingdao", "Qingdao"),
      Map.entry("dalian", "Dalian"), Map.entry("zhuhai", "Zhuhai"), Map.entry("taipei", "Taipei"),
      Map.entry("hongkong", "Hong Kong"), Map.entry("singapore", "Singapore"), Map.entry("tokyo", "Tokyo"),
      Map.entry("seoul", "Seoul"), Map.entry("london", "London"), Map.entry("paris", "Paris"),
      Map.entry("berlin", "Berlin"), Map.entry("munich", "Munich"), Map.entry("amsterdam", "Amsterdam"),
      Map.entry("toronto", "Toronto"), Map.entry("vancouver", "Vancouver"), Map.entry("newyork", "New York"),
      Map.entry("sanfrancisco", "San Francisco"), Map.entry("seattle", "Seattle"), Map.entry("boston", "Boston"),
      Map.entry("chicago", "Chicago"), Map.entry("austin", "Austin"), Map.entry("sydney", "Sydney"),
      Map.entry("melbourne", "Melbourne"), Map.entry("bangalore", "Bangalore"), Map.entry("zurich", "Zurich"),
      Map.entry("dublin", "Dublin"), Map.entry("北京", "北京"), Map.entry("上海", "上海"),
      Map.entry("广州", "广州"), Map.entry("深圳", "深圳"), Map.entry("杭州", "杭州"), Map.entry("成都", "成都"),
      Map.entry("武汉", "武汉"), Map.entry("南京", "南京"), Map.entry("西安", "西安"), Map.entry("台北", "台北"));

  /**
   * A short word with no vowel cannot be read as a word, so it is an acronym said letter by letter
   * ({@code sql}, {@code bj}, {@code llvm}); a slug only lost its capitals. Y counts as a vowel
   * ({@code gym}, {@code by}). Longer runs of consonants are rarer and not always acronyms.
   */
  private static final Pattern UNPRONOUNCEABLE = Pattern.compile("(?i)[b-df-hj-np-tv-xz]{2,5}");
  /** English abbreviations without a vowel that are written capitalised, not in capitals (Dr, St, vs). */
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs");

  static FolderName parse(String raw) {
    String rest = raw;
    String date = "";
    Matcher m;
    if ((m = ISO_DATE.matcher(rest)).find() || (m = COMPACT_DATE.matcher(rest)).find()) {
      date = fullDate(m.group(1), m.group(2), m.group(3));
    } else if ((m = US_DATE.matcher(rest)).find()) {
      int first = Integer.parseInt(m.group(1));
      date = first > 12 ? fullDate(m.group(3), m.group(2), m.group(1)) : fullDate(m.group(3), m.group(1), m.group(2));
    } else if ((m = YEAR_MONTH.matcher(rest)).find()) {
      date = m.group(1) + "-" + m.group(2);
    } else if ((m = YEAR.matcher(rest)).find()) {
      date = m.group(1);
    }
    if (!date.isEmpty()) {
      rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
    }
    String cleaned = rest.replaceAll("[-_\\s]+", " ").strip();
    int ordinal = 0;
    String ordinalLabel = "";
    for (Pattern p : List.of(SUFFIX_ORDINAL, WORD_ORDINAL, CHINESE_ORDINAL, HASH_ORDINAL)) {
      Matcher o = p.matcher(cleaned);
      if (o.matches()) {
        ordinal = Integer.parseInt(o.group(o.groupCount()));
        ordinalLabel = o.groupCount() == 2 ? humanize(o.group(1)) + " " + ordinal : "#" + ordinal;
        cleaned = "";
        break;
      }
    }
    return new FolderName(raw, date, ordinal, ordinalLabel, findCity(cleaned), humanize(cleaned));
  }

  boolean isGeneric() {
    return GENERIC.contains(raw.toLowerCase(Locale.ROOT));
  }

  boolean isEvent() {
    return !date.isEmpty() || ordinal > 0;
  }

  /** A bare two-digit month, meaningful only right below a year folder. */
  boolean isMonth() {
    return raw.matches("0[1-9]|1[0-2]");
  }

  boolean isCityOnly() {
    return !city.isEmpty() && words.replace(" ", "").equalsIgnoreCase(city.replace(" ", "").replace("'", ""));
  }

  /** The part of this name worth putting in a meetup title: words, then the ordinal. */
  String titlePart() {
    if (isCityOnly()) {
      return city;
    }
    return (words + " " + ordinalLabel).strip();
  }

  static String humanize(String text) {
    List<String> out = new ArrayList<>();
    for (String word : text.replaceAll("[-_\\s]+", " ").strip().split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      out.add(spelled(word));
    }
    return String.join(" ", out);
  }

  /** A word with capitals keeps them (iOS, OpenMeetings); only a lower-case one is cased here. */
  private static String spelled(String word) {
    if (!word.equals(word.toLowerCase(Locale.ROOT))) {
      return word;
    }
    return UNPRONOUNCEABLE.matcher(word).matches() && !ABBREVIATIONS.contains(word) ? word.toUpperCase(Locale.ROOT)
        : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String findCity(String words) {
    String[] tokens = words.toLowerCase(Locale.ROOT).split(" ");
    String whole = String.join("", tokens);
    if (CITIES.containsKey(whole)) {
      return CITIES.get(whole);
    }
    for (int i = 0; i < tokens.length; i++) {
      if (CITIES.containsKey(tokens[i])) {
        return CITIES.get(tokens[i]);
      }
      if (i + 1 < tokens.length && CITIES.containsKey(tokens[i] + tokens[i + 1])) {
        return CITIES.get(tokens[i] + tokens[i + 1]);
      }
    }
    return "";
  }

  private static String fullDate(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return "";
    }
  }
}
