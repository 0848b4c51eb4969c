package dev.lectern.index;

import dev.lectern.model.Meetup;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which meetups a {@code meetup:} clause names, read off the names a snapshot serves. The words
 * indexed with a talk are the scanner's, before the catalog respells a folder-derived name
 * ({@code Paddlepaddle} → {@code PaddlePaddle}) or drops a repository owner from it, and a phrase
 * query through a word the analysis splits ({@code Node.js}) misses; a person types what the
 * meetups page, the talk and the facet show. A meetup is named when the typed words, joined, are a
 * run of its name's words joined: case, accents and punctuation aside ({@code nodejs} and
 * {@code Node.js} alike), never part of a word or number ({@code Party 1} is not {@code Party 12}).
 * The name is the title, followed by the city or by the date (as the facet label reads it), or the
 * series' title.
 */
final class MeetupNames {
  static final MeetupNames NONE = new MeetupNames(List.of());

  private record Named(String id, List<List<String>> names) {}

  private final List<Named> meetups;

  private MeetupNames(List<Named> meetups) {
    this.meetups = List.copyOf(meetups);
  }

  static MeetupNames of(Collection<Meetup> meetups) {
    List<Named> named = new ArrayList<>();
    for (Meetup m : meetups) {
      List<String> title = words(m.title());
      List<String> withCity = new ArrayList<>(title);
      if (!title.containsAll(words(m.city()))) {
        withCity.addAll(words(m.city()));
      }
      List<String> withDate = new ArrayList<>(title);
      withDate.addAll(words(m.date()));
      named.add(new Named(m.id(), List.of(withCity, withDate, words(m.seriesTitle()))));
    }
    return new MeetupNames(named);
  }

  /** Ids of the meetups whose served name holds {@code typed}; empty when none does. */
  Set<String> ids(String typed) {
    String wanted = String.join("", words(typed));
    Set<String> out = new TreeSet<>();
    if (wanted.isEmpty()) {
      return out;
    }
    for (Named m : meetups) {
      if (m.names().stream().anyMatch(name -> holds(name, wanted))) {
        out.add(m.id());
      }
    }
    return out;
  }

  private static boolean holds(List<String> name, String wanted) {
    for (int start = 0; start < name.size(); start++) {
      StringBuilder run = new StringBuilder();
      for (int end = start; end < name.size() && run.length() < wanted.length(); end++) {
        run.append(name.get(end));
        if (!wanted.startsWith(run.toString())) {
          break;
        }
        if (run.length() == wanted.length()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Folded words: runs of letters and digits, accents off, lower case; each Han character a word of
   * its own, since Chinese is written without spaces.
   */
  static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      if (Character.isLetterOrDigit(cp) && !han) {
        word.appendCodePoint(cp);
        continue;
      }
      if (!word.isEmpty()) {
        out.add(word.toString());
        word.setLength(0);
      }
      if (han) {
        out.add(Character.toString(cp));
      }
    }
    if (!word.isEmpty()) {
      out.add(word.toString());
    }
    return out;
  }
}
