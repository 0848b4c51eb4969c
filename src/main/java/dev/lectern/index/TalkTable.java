package dev.lectern.index;

import dev.lectern.model.Meetup;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The talks of one snapshot numbered densely, newest meetup first, with what a search needs of each
 * talk held in arrays. A search touches every matching talk to group, filter, count and order it;
 * going through strings and maps for that cost ten times the Lucene search itself (see
 * BENCHMARKS.md), so each talk's facet values, date and id order are turned into ints once per
 * snapshot.
 */
final class TalkTable {
  static final List<String> DIMENSIONS = List.of("meetup", "speaker", "year", "lang", "format", "series");
  static final int YEAR = DIMENSIONS.indexOf("year");

  /** One facet dimension: its values, their labels and display order, and each talk's values. */
  record Dimension(String name, String[] values, String[] labels, int[] displayRank, int[] byDisplayRank,
      int[][] ofTalk, Map<String, Integer> ordinals) {
    int ordinal(String value) {
      Integer ord = ordinals.get(value);
      return ord == null ? -1 : ord;
    }
  }

  private final Talk[] talks;
  private final Map<String, Integer> ordinals;
  private final int[] dateAscending;
  private final int[] dateDescending;
  private final int[] idRank;
  private final Dimension[] dimensions;

  private TalkTable(Talk[] talks, Map<String, Meetup> meetups) {
    this.talks = talks;
    this.ordinals = new HashMap<>(talks.length * 2);
    for (int i = 0; i < talks.length; i++) {
      ordinals.put(talks[i].id(), i);
    }
    this.dateDescending = dateRanks(talks);
    this.dateAscending = ascending(dateDescending, talks);
    this.idRank = idRanks(talks);
    this.dimensions = new Dimension[DIMENSIONS.size()];
    for (int d = 0; d < dimensions.length; d++) {
      dimensions[d] = dimension(DIMENSIONS.get(d), talks, meetups);
    }
  }

  static TalkTable of(Iterable<Talk> all) {
    return of(all, Map.of());
  }

  /** The talks, with their meetups by id: a talk carries its meetup's name, the meetup its series. */
  static TalkTable of(Iterable<Talk> all, Map<String, Meetup> meetups) {
    List<Talk> list = new ArrayList<>();
    all.forEach(list::add);
    list.sort(Comparator.comparing((Talk t) -> t.date(), Comparator.reverseOrder())
        .thenComparing(Talk::id));
    return new TalkTable(list.toArray(Talk[]::new), meetups);
  }

  int size() {
    return talks.length;
  }

  Talk talk(int ordinal) {
    return talks[ordinal];
  }

  /** The talk's ordinal, or -1 when this snapshot has no such talk. */
  int ordinal(String talkId) {
    Integer ord = ordinals.get(talkId);
    return ord == null ? -1 : ord;
  }

  /** Rank of the talk's meetup date, newest first; undated talks rank after every dated one. */
  int dateDescending(int ordinal) {
    return dateDescending[ordinal];
  }

  /** Rank of the talk's meetup date, oldest first; undated talks rank after every dated one. */
  int dateAscending(int ordinal) {
    return dateAscending[ordinal];
  }

  /** Rank of the talk's id in string order: the last tie-break, so that every order is total. */
  int idRank(int ordinal) {
    return idRank[ordinal];
  }

  Dimension dimension(int d) {
    return dimensions[d];
  }

  /** Dense ranks of the dates, newest first: ordinals run newest first, undated talks last. */
  private static int[] dateRanks(Talk[] talks) {
    int[] ranks = new int[talks.length];
    int rank = 0;
    for (int i = 0; i < talks.length; i++) {
      if (i > 0 && !talks[i].date().equals(talks[i - 1].date())) {
        rank++;
      }
      ranks[i] = rank;
    }
    return ranks;
  }

  /** The same ranks reversed for dated talks, with undated talks still last. */
  private static int[] ascending(int[] descending, Talk[] talks) {
    int n = talks.length;
    boolean undated = n > 0 && talks[n - 1].date().isEmpty();
    int oldestDated = undated ? descending[n - 1] - 1 : (n == 0 ? 0 : descending[n - 1]);
    int[] ranks = new int[n];
    for (int i = 0; i < n; i++) {
      ranks[i] = talks[i].date().isEmpty() ? Integer.MAX_VALUE : oldestDated - descending[i];
    }
    return ranks;
  }

  private static int[] idRanks(Talk[] talks) {
    Integer[] byId = new Integer[talks.length];
    for (int i = 0; i < byId.length; i++) {
      byId[i] = i;
    }
    Arrays.sort(byId, Comparator.comparing(i -> talks[i].id()));
    int[] ranks = new int[talks.length];
    for (int r = 0; r < byId.length; r++) {
      ranks[byId[r]] = r;
    }
    return ranks;
  }

  private static Dimension dimension(String name, Talk[] talks, Map<String, Meetup> meetups) {
    Map<String, Integer> ordinals = new HashMap<>();
    List<String> values = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int[][] ofTalk = new int[talks.length][];
    for (int t = 0; t < talks.length; t++) {
      Map<String, String> valuesOfTalk = values(talks[t], name, meetups.get(talks[t].meetup().id()));
      int[] ords = new int[valuesOfTalk.size()];
      int i = 0;
      for (Map.Entry<String, String> value : valuesOfTalk.entrySet()) {
        Integer ord = ordinals.get(value.getKey());
        if (ord == null) {
          // The newest talk's spelling labels a value: ordinals run newest first.
          ord = values.size();
          ordinals.put(value.getKey(), ord);
          values.add(value.getKey());
          labels.add(value.getValue());
        }
        ords[i++] = ord;
      }
      ofTalk[t] = ords;
    }
    Comparator<Integer> display = name.equals("year")
        ? Comparator.comparing((Integer o) -> values.get(o)).reversed()
        : Comparator.comparing((Integer o) -> labels.get(o)).thenComparing(values::get);
    Integer[] sorted = new Integer[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = i;
    }
    Arrays.sort(sorted, display);
    int[] displayRank = new int[sorted.length];
    int[] byDisplayRank = new int[sorted.length];
    for (int r = 0; r < sorted.length; r++) {
      displayRank[sorted[r]] = r;
      byDisplayRank[r] = sorted[r];
    }
    return new Dimension(name, values.toArray(String[]::new), labels.toArray(String[]::new), displayRank,
        byDisplayRank, ofTalk, Map.copyOf(ordinals));
  }

  /** The facet values of a talk in one dimension, each with its display label. */
  private static Map<String, String> values(Talk talk, String dimension, Meetup meetup) {
    Map<String, String> values = new LinkedHashMap<>();
    switch (dimension) {
      case "meetup" -> values.put(talk.meetup().id(), meetupLabel(talk));
      case "speaker" -> {
        for (Speaker speaker : talk.speakers()) {
          values.putIfAbsent(speaker.id(), speaker.name());
        }
      }
      case "year" -> {
        int year = dev.lectern.model.Dates.year(talk.date());
        if (year > 0) {
          values.put(Integer.toString(year), Integer.toString(year));
        }
      }
      case "lang" -> {
        if (!talk.language().isEmpty()) {
          values.put(talk.language(), talk.language());
        }
      }
      case "format" -> {
        Set<String> formats = new LinkedHashSet<>();
        for (TalkFile file : talk.files()) {
          formats.add(file.format());
        }
        formats.forEach(f -> values.put(f, f));
      }
      case "series" -> {
        if (meetup != null && !meetup.series().isEmpty()) {
          values.put(meetup.series(), meetup.seriesTitle().isEmpty() ? meetup.series() : meetup.seriesTitle());
        }
      }
      default -> throw new IllegalArgumentException("unknown facet " + dimension);
    }
    return values;
  }

  private static String meetupLabel(Talk talk) {
    String date = talk.date();
    return date.isEmpty() ? talk.meetup().title() : talk.meetup().title() + " (" + date + ")";
  }
}
