package dev.lectern.web;

import dev.lectern.index.SlideIndex;
import dev.lectern.index.SpeakerSummary;
import dev.lectern.index.TalkCatalog;
import dev.lectern.model.Meetup;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Meetups and speakers, read from the index's talk catalog. */
final class CatalogController {
  private final SlideIndex index;

  CatalogController(SlideIndex index) {
    this.index = index;
  }

  void meetups(Context ctx) {
    TalkCatalog catalog = index.catalog();
    Map<String, List<Meetup>> bySeries = bySeries(catalog);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Meetup meetup : catalog.meetups()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", meetup.id());
      entry.put("title", meetup.title());
      entry.put("date", meetup.date());
      entry.put("city", meetup.city());
      entry.put("talkCount", catalog.talksOfMeetup(meetup.id()).size());
      entry.put("series", meetup.series());
      entry.put("seriesTitle", meetup.seriesTitle());
      entry.put("material", material(meetup, bySeries.getOrDefault(meetup.series(), List.of())));
      list.add(entry);
    }
    ctx.json(list);
  }

  /**
   * The undated meetup of a series whose folder holds the series' other meetups is the material they
   * share (see MaterialFolders): listed with them, never counted as one of them. An undated meetup
   * beside the others ({@code 12th/}, {@code 15th/}) is a meetup whose date is unknown.
   */
  private static boolean material(Meetup meetup, List<Meetup> series) {
    return !meetup.series().isEmpty() && meetup.date().isEmpty() && !meetup.folder().isEmpty()
        && series.stream().anyMatch(m -> m.folder().startsWith(meetup.folder() + "/"));
  }

  /** Recurring series, each with its meetups' count (material aside) and date range, largest first. */
  void seriesList(Context ctx) {
    TalkCatalog catalog = index.catalog();
    Map<String, List<Meetup>> bySeries = bySeries(catalog);
    List<Map<String, Object>> list = new ArrayList<>();
    for (List<Meetup> meetups : bySeries.values()) {
      list.add(seriesEntry(catalog, meetups, false));
    }
    list.sort(Comparator.comparing((Map<String, Object> e) -> -(int) e.get("meetupCount"))
        .thenComparing(e -> String.valueOf(e.get("title")), String.CASE_INSENSITIVE_ORDER));
    ctx.json(list);
  }

  void series(Context ctx) {
    TalkCatalog catalog = index.catalog();
    String id = ctx.pathParam("id");
    List<Meetup> meetups = bySeries(catalog).get(id);
    if (meetups == null) {
      throw ApiException.missing("series_not_found", java.util.Map.of("id", id), "no series with id '" + id + "'");
    }
    ctx.json(seriesEntry(catalog, meetups, true));
  }

  private static Map<String, List<Meetup>> bySeries(TalkCatalog catalog) {
    Map<String, List<Meetup>> bySeries = new LinkedHashMap<>();
    for (Meetup meetup : catalog.meetups()) {
      if (!meetup.series().isEmpty()) {
        bySeries.computeIfAbsent(meetup.series(), k -> new ArrayList<>()).add(meetup);
      }
    }
    return bySeries;
  }

  private static Map<String, Object> seriesEntry(TalkCatalog catalog, List<Meetup> meetups, boolean withMeetups) {
    List<Meetup> sorted = new ArrayList<>(meetups);
    sorted.sort(Comparator.comparing(Meetup::date).thenComparing(Meetup::title));
    List<String> dates = sorted.stream().map(Meetup::date).filter(d -> !d.isEmpty()).toList();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", sorted.get(0).series());
    entry.put("title", sorted.get(0).seriesTitle());
    entry.put("meetupCount", (int) sorted.stream().filter(m -> !material(m, sorted)).count());
    entry.put("talkCount", sorted.stream().mapToInt(m -> catalog.talksOfMeetup(m.id()).size()).sum());
    entry.put("first", dates.isEmpty() ? "" : dates.get(0));
    entry.put("last", dates.isEmpty() ? "" : dates.get(dates.size() - 1));
    if (withMeetups) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Meetup m : sorted) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", m.id());
        e.put("title", m.title());
        e.put("date", m.date());
        e.put("city", m.city());
        e.put("talkCount", catalog.talksOfMeetup(m.id()).size());
        e.put("material", material(m, sorted));
        list.add(e);
      }
      entry.put("meetups", list);
    }
    return entry;
  }

  void meetup(Context ctx) {
    TalkCatalog catalog = index.catalog();
    String id = ctx.pathParam("id");
    Meetup meetup = catalog.meetup(id)
        .orElseThrow(() -> ApiException.missing("meetup_not_found", java.util.Map.of("id", id), "no meetup with id '" + id + "'"));
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", meetup.id());
    entry.put("title", meetup.title());
    entry.put("date", meetup.date());
    entry.put("city", meetup.city());
    entry.put("venue", meetup.venue());
    entry.put("organizers", meetup.organizers());
    entry.put("url", meetup.url());
    entry.put("description", meetup.description());
    entry.put("tags", meetup.tags());
    entry.put("series", meetup.series());
    entry.put("seriesTitle", meetup.seriesTitle());
    entry.put("talks", catalog.talksOfMeetup(id));
    ctx.json(entry);
  }

  void speakers(Context ctx) {
    List<Map<String, Object>> list = new ArrayList<>();
    List<SpeakerSummary> speakers = new ArrayList<>(index.catalog().speakers().values());
    speakers.sort(Comparator.comparing(SpeakerSummary::name, String.CASE_INSENSITIVE_ORDER));
    for (SpeakerSummary speaker : speakers) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", speaker.id());
      entry.put("name", speaker.name());
      entry.put("affiliations", speaker.affiliations());
      entry.put("talkCount", speaker.talkCount());
      list.add(entry);
    }
    ctx.json(list);
  }

  void speaker(Context ctx) {
    String id = ctx.pathParam("id");
    SpeakerSummary speaker = index.catalog().speakers().get(id);
    if (speaker == null) {
      throw ApiException.missing("speaker_not_found", java.util.Map.of("id", id), "no speaker with id '" + id + "'");
    }
    ctx.json(speaker);
  }
}
