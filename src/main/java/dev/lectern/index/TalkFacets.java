package dev.lectern.index;

import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facet filtering and counting over the talks a query matched. Several values of one facet combine
 * with OR, different facets with AND; each facet is counted with every selection but its own applied
 * (drill-sideways), so choosing one speaker still shows the others to add.
 */
final class TalkFacets {
  static final List<String> DIMENSIONS = List.of("meetup", "speaker", "year", "lang", "format");
  static final int MAX_VALUES = 30;

  private final Map<String, List<String>> selected;
  private final TalkCatalog catalog;

  TalkFacets(Map<String, List<String>> selected, TalkCatalog catalog) {
    this.selected = selected;
    this.catalog = catalog;
  }

  boolean accepts(Talk talk) {
    return acceptsExcept(talk, null);
  }

  Map<String, List<SearchResult.FacetCount>> count(List<Talk> matching) {
    Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    for (String dimension : DIMENSIONS) {
      Map<String, Long> counts = new HashMap<>();
      Map<String, String> labels = new HashMap<>();
      for (Talk talk : matching) {
        if (!acceptsExcept(talk, dimension)) {
          continue;
        }
        for (Map.Entry<String, String> value : catalog.facetValues(talk).get(dimension).entrySet()) {
          counts.merge(value.getKey(), 1L, Long::sum);
          labels.putIfAbsent(value.getKey(), value.getValue());
        }
      }
      List<SearchResult.FacetCount> list = new ArrayList<>();
      counts.forEach((value, count) -> list.add(new SearchResult.FacetCount(value, labels.get(value), count)));
      list.sort(order(dimension));
      List<String> chosen = selected.getOrDefault(dimension, List.of());
      List<SearchResult.FacetCount> shown = new ArrayList<>(list.subList(0, Math.min(MAX_VALUES, list.size())));
      list.stream().skip(MAX_VALUES).filter(c -> chosen.contains(c.value())).forEach(shown::add);
      facets.put(dimension, shown);
    }
    return facets;
  }

  private static Comparator<SearchResult.FacetCount> order(String dimension) {
    if (dimension.equals("year")) {
      return Comparator.comparing(SearchResult.FacetCount::value).reversed();
    }
    return Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
        .thenComparing(SearchResult.FacetCount::label);
  }

  private boolean acceptsExcept(Talk talk, String skipped) {
    for (Map.Entry<String, List<String>> selection : selected.entrySet()) {
      if (selection.getKey().equals(skipped) || selection.getValue().isEmpty()) {
        continue;
      }
      Map<String, String> byValue = catalog.facetValues(talk).get(selection.getKey());
      Set<String> values = byValue == null ? Set.of() : byValue.keySet();
      if (selection.getValue().stream().noneMatch(values::contains)) {
        return false;
      }
    }
    return true;
  }

  /** Every dimension's values of a talk; the catalog computes this once per talk and keeps it. */
  static Map<String, Map<String, String>> allValues(Talk talk) {
    Map<String, Map<String, String>> all = new HashMap<>();
    for (String dimension : DIMENSIONS) {
      all.put(dimension, values(talk, dimension));
    }
    return all;
  }

  /** The facet values of a talk in one dimension, each with its display label. */
  private static Map<String, String> values(Talk talk, String dimension) {
    Map<String, String> values = new LinkedHashMap<>();
    switch (dimension) {
      case "meetup" -> values.put(talk.meetup().id(), meetupLabel(talk));
      case "speaker" -> {
        for (Speaker speaker : talk.speakers()) {
          values.put(speaker.id(), speaker.name());
        }
      }
      case "year" -> {
        int year = talk.meetup().year();
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
      default -> throw new IllegalArgumentException("unknown facet " + dimension);
    }
    return values;
  }

  private static String meetupLabel(Talk talk) {
    String date = talk.meetup().date();
    return date.isEmpty() ? talk.meetup().title() : talk.meetup().title() + " (" + date + ")";
  }
}
