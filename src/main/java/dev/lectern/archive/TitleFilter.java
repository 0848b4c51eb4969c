package dev.lectern.archive;

import java.util.regex.Pattern;

/**
 * Tells a real talk title from what tools write into the title field by default. A junk title is
 * worse than a cleaned file name, because it looks authoritative.
 */
final class TitleFilter {
  private static final Pattern JUNK = Pattern.compile(
      "(?i)(powerpoint[- ]?(presentation|演示文稿)|presentation\\d*|演示文稿\\d*|幻灯片\\s*\\d*|slides?\\s*\\d*"
          + "|untitled.*|无标题.*|title|no title|click to .*|单击此处.*|keynote|microsoft (powerpoint|word) - .*"
          + "|.*\\.(pdf|pptx?|ppsx|key|odp|docx?|md|markdown|txt|html?)|[\\d\\s./:_-]+)");

  private TitleFilter() {}

  static boolean meaningful(String title, int minLength, int maxLength) {
    String t = title == null ? "" : title.strip();
    if (t.codePointCount(0, t.length()) < minLength || t.length() > maxLength || JUNK.matcher(t).matches()) {
      return false;
    }
    // A single token with underscores is a file name that leaked into the title field.
    return !(t.indexOf(' ') < 0 && t.contains("_"));
  }
}
