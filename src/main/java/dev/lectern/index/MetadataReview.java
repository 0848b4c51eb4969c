package dev.lectern.index;

import dev.lectern.model.FieldSource;
import dev.lectern.model.Meetup;
import dev.lectern.model.Slugs;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a curator should look at first: titles read from a file name with little trust, talks with no
 * speaker, meetups with no date, and speakers whose names may be one person. Least certain first.
 */
public final class MetadataReview {
  /** One thing to confirm or fix: what kind, which talk or meetup, what Lectern guessed and how sure it is. */
  public record Item(String kind, String talkId, String meetupId, String subject, String value, String source,
      double confidence) {}

  private static final double TRUSTED = 0.5;

  private MetadataReview() {}

  public static List<Item> of(TalkCatalog catalog) {
    List<Item> items = new ArrayList<>();
    for (Talk talk : catalog.talks()) {
      FieldSource title = talk.provenance().get("title");
      if (title != null && title.confidence() < TRUSTED) {
        items.add(new Item("uncertain-title", talk.id(), talk.meetup().id(), talk.title(), talk.title(),
            title.source(), title.confidence()));
      }
      if (talk.speakers().isEmpty()) {
        items.add(new Item("no-speaker", talk.id(), talk.meetup().id(), talk.title(), "", "none", 0));
      } else {
        FieldSource speakers = talk.provenance().get("speakers");
        if (speakers != null && speakers.confidence() < TRUSTED) {
          items.add(new Item("uncertain-speaker", talk.id(), talk.meetup().id(), talk.title(),
              talk.speakers().get(0).name(), speakers.source(), speakers.confidence()));
        }
      }
    }
    for (Meetup meetup : catalog.meetups()) {
      if (meetup.date().isEmpty()) {
        items.add(new Item("undated-meetup", "", meetup.id(), meetup.title(), "", "none", 0));
      }
    }
    items.addAll(sameSpeakers(catalog.speakers()));
    items.sort(Comparator.comparingDouble(Item::confidence).thenComparing(Item::kind).thenComparing(Item::subject));
    return items;
  }

  /** Speaker pages whose names differ only in order, spacing or diacritics, or where one is the other's alias. */
  private static List<Item> sameSpeakers(Map<String, SpeakerSummary> speakers) {
    List<SpeakerSummary> list = new ArrayList<>(speakers.values());
    List<Item> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        SpeakerSummary a = list.get(i);
        SpeakerSummary b = list.get(j);
        if (sortedKey(a.name()).equals(sortedKey(b.name())) && seen.add(a.id() + "|" + b.id())) {
          items.add(new Item("same-speaker?", "", "", a.name() + " / " + b.name(), b.id(), "names", 0.3));
        }
      }
    }
    return items;
  }

  private static String sortedKey(String name) {
    String[] tokens = Slugs.of(Speaker.fold(name)).split("-");
    Arrays.sort(tokens);
    return String.join("", tokens);
  }
}
