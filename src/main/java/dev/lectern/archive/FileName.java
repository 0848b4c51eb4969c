package dev.lectern.archive;

import dev.lectern.model.DocumentFormat;
import dev.lectern.model.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The title and speakers a file name carries. Chinese archives name decks {@code 标题_讲者.pdf},
 * {@code 标题 - 讲者}, {@code 讲者-标题} or {@code 1.2 讲者 标题}; others prefix numbering, dates and
 * series names that belong to the folder, not to the talk.
 */
record FileName(String title, List<Speaker> speakers) {
  private static final Pattern BRACKET_PREFIX = Pattern.compile("^\\[[^\\]]*\\]\\s*");
  private static final Pattern DATE_IN_PARENS = Pattern.compile("\\s*\\((?:19|20)\\d{2}-?\\d{2}-?\\d{2}\\)$");
  private static final Pattern DATE_PREFIX = Pattern.compile("^(?:19|20)\\d{2}[-_.]?\\d{2}[-_.]?\\d{2}[-_ ]+");
  private static final Pattern DATE_SUFFIX = Pattern.compile("[-_ ]+(?:19|20)\\d{2}[-_.]?\\d{2}[-_.]?\\d{2}$");
  /** {@code Infra-Meetup-117-}, {@code SystemforAI-9-}, {@code PythonToronto2016-}. */
  private static final Pattern SERIES_PREFIX =
      Pattern.compile("^(?:[A-Za-z][A-Za-z-]{2,}?-\\d{1,3}|[A-Za-z]{3,}(?:19|20)\\d{2})[-_]");
  /** {@code 5.}, {@code 1-2 }, {@code 02. }, {@code 2.1.5 }. */
  private static final Pattern NUMBERING = Pattern.compile("^\\d{1,2}(?:[.-]\\d{1,2})*(?:\\.\\s*|\\s+|_)");
  private static final List<String> SEPARATORS = List.of(" - ", "_", "-", " ");

  static FileName read(String fileName) {
    String stem = fileName;
    while (DocumentFormat.ofFileName(stem).isPresent()) {
      stem = ArchiveLayout.stem(stem);
    }
    String text = stem.strip();
    for (Pattern noise : List.of(BRACKET_PREFIX, DATE_IN_PARENS, DATE_PREFIX, DATE_SUFFIX, SERIES_PREFIX, NUMBERING)) {
      String stripped = noise.matcher(text).replaceFirst("").strip();
      text = stripped.isEmpty() ? text : stripped;
    }
    for (String separator : SEPARATORS) {
      List<String> segments = new ArrayList<>(Arrays.asList(text.split(Pattern.quote(separator), -1)));
      if (segments.size() < 2) {
        continue;
      }
      Optional<Speaker> last = PersonNames.hanName(segments.get(segments.size() - 1));
      Optional<Speaker> first = last.isPresent() ? Optional.empty() : PersonNames.hanName(segments.get(0));
      if (last.isPresent() || first.isPresent()) {
        segments.remove(last.isPresent() ? segments.size() - 1 : 0);
        return new FileName(humanize(String.join(separator, segments), stem), List.of(last.or(() -> first).get()));
      }
    }
    return new FileName(humanize(text, stem), List.of());
  }

  /** Names without spaces use {@code _} and {@code -} as spaces; names with spaces meant them. */
  private static String humanize(String text, String fallback) {
    String t = text.strip();
    t = t.indexOf(' ') < 0 ? t.replaceAll("[_-]+", " ") : t.replaceAll("\\s+_|_\\s+", " ");
    t = t.replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? fallback : t;
  }
}
