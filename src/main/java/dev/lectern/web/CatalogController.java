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
    List<Map<String, Object>> list = new ArrayList<>();
    for (Meetup meetup : catalog.meetups()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", meetup.id());
      entry.put("title", meetup.title());
      entry.put("date", meetup.date());
      entry.put("city", meetup.city());
      entry.put("talkCount", catalog.talksOfMeetup(meetup.id()).size());
      list.add(entry);
    }
    ctx.json(list);
  }

  void meetup(Context ctx) {
    TalkCatalog catalog = index.catalog();
    String id = ctx.pathParam("id");
    Meetup meetup = catalog.meetup(id)
        .orElseThrow(() -> ApiException.notFound("no meetup with id '" + id + "'"));
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
      throw ApiException.notFound("no speaker with id '" + id + "'");
    }
    ctx.json(speaker);
  }
}
