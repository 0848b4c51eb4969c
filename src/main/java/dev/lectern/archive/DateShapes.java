package dev.lectern.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people write in file names and on slides into partial ISO dates: {@code 20190630},
 * {@code 2018.07.29}, {@code 2016年5月21日}, {@code Jul 20, 2024}, {@code 08-22-2023},
 * {@code 24/06/2019}, {@code 2016.5}, {@code 2021.08}. Version numbers and lone years are not dates.
 */
public final class DateShapes {
  /** A date found in a text: its ISO form (day or month precision) and where it was. */
  public record Found(String iso, int start, int end) {}

  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern YMD = Pattern.compile(
      "(?<![\\d.])" + YEAR + "\\s*(?:[-./_年]\\s*)(\\d{1,2})\\s*(?:[-./_月]\\s*)(\\d{1,2})日?(?![\\d.])");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)" + YEAR + "(\\d{2})(\\d{2})(?!\\d)");
  private static final Pattern DMY_OR_MDY = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})([-/.])(\\d{1,2})\\2" + YEAR + "(?![\\d.])");
  private static final Pattern MONTH_NAME_FIRST = Pattern.compile(
      "(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?!\\d)");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+" + YEAR + "(?!\\d)");
  private static final Pattern MONTH_NAME_YEAR = Pattern.compile("(?i)\\b([a-z]{3,9})\\.?,?\\s+" + YEAR + "(?!\\d)");
  private static final Pattern YEAR_MONTH = Pattern.compile(
      "(?<![\\d.vV])" + YEAR + "\\s*(?:[-./]|年)\\s*(\\d{1,2})(?:月)?(?![\\d.])");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final java.util.Set<String> FULL_NAMES = java.util.Set.of("january", "february", "march",
      "april", "june", "july", "august", "september", "october", "november", "december");

  private DateShapes() {}

  /** The most precise date in {@code text}, earliest first among equals. */
  public static Optional<Found> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    for (Pattern p : List.of(YMD, COMPACT, DMY_OR_MDY, MONTH_NAME_FIRST, DAY_FIRST)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String iso = day(p, m);
        if (!iso.isEmpty()) {
          return Optional.of(new Found(iso, m.start(), m.end()));
        }
      }
    }
    for (Pattern p : List.of(YEAR_MONTH, MONTH_NAME_YEAR)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String iso = p == YEAR_MONTH ? month(m.group(1), m.group(2)) : named(m.group(1), m.group(2));
        if (!iso.isEmpty()) {
          return Optional.of(new Found(iso, m.start(), m.end()));
        }
      }
    }
    return Optional.empty();
  }

  /** {@code text} with its date (if any) cut out and the separators around it tidied. */
  public static String without(String text) {
    return find(text).map(f -> (text.substring(0, f.start()) + " " + text.substring(f.end()))
        .replaceAll("\\(\\s*\\)|\\[\\s*]", " ").replaceAll("^[\\s\\-_–—|/,:]+|[\\s\\-_–—|/,:]+$", "")
        .replaceAll("\\s{2,}", " ").strip()).orElse(text);
  }

  private static String day(Pattern p, Matcher m) {
    if (p == YMD || p == COMPACT) {
      return iso(m.group(1), m.group(2), m.group(3));
    }
    if (p == DMY_OR_MDY) {
      int first = Integer.parseInt(m.group(1));
      // 08-22-2023 is American; 24/06/2019 can only be day first. Ambiguous ones read as American.
      return first > 12 ? iso(m.group(4), m.group(3), m.group(1)) : iso(m.group(4), m.group(1), m.group(3));
    }
    Integer month = MONTHS.get(monthKey(p == MONTH_NAME_FIRST ? m.group(1) : m.group(2)));
    String dayOfMonth = p == MONTH_NAME_FIRST ? m.group(2) : m.group(1);
    return month == null ? "" : iso(m.group(3), String.valueOf(month), dayOfMonth);
  }

  private static String named(String monthName, String year) {
    Integer month = MONTHS.get(monthKey(monthName));
    return month == null ? "" : month(year, String.valueOf(month));
  }

  /** The abbreviation of a month written in full or abbreviated; anything else (Mark, Decoder) is no month. */
  private static String monthKey(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String key = n.length() > 3 && !n.equals("sept") ? n.substring(0, 3) : n;
    return MONTHS.containsKey(key) && (n.length() == 3 || n.equals("sept") || FULL_NAMES.contains(n)) ? key : "";
  }

  private static String month(String year, String month) {
    int m = Integer.parseInt(month);
    return m >= 1 && m <= 12 ? year + "-" + (m < 10 ? "0" : "") + m : "";
  }

  private static String iso(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return "";
    }
  }
}
