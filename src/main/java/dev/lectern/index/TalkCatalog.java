package dev.lectern.index;

import dev.lectern.model.Meetup;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable, in-memory view of every talk and meetup in one index snapshot. Talk metadata is small
 * (a few hundred bytes a talk) while pages are many, so grouping, facets and the meetup and speaker
 * pages read it from here instead of from stored fields.
 */
public final class TalkCatalog {
  /** Newest meetup first; talks without a date last; then by title for a stable order. */
  public static final Comparator<Talk> NEWEST_FIRST =
      Comparator.comparing((Talk t) -> t.date(), Comparator.reverseOrder())
          .thenComparing(Talk::title);

  private final Map<String, Talk> talks;
  private final Map<String, Meetup> meetups;
  private final Map<String, Meetup> meetupDocuments;
  private final Map<String, String> fingerprints;
  private final TalkTable table;
  private final PageOwners owners;
  private final int pageCount;
  private final int pagesNeedingOcr;

  /** Derived views of this immutable snapshot, built on first use (a benign race builds one twice). */
  private volatile Map<String, SpeakerSummary> speakers;
  private volatile List<Talk> newestFirst;
  private volatile MeetupNames meetupNames;

  TalkCatalog(Map<String, Talk> talks, Map<String, Meetup> meetups, Map<String, Meetup> meetupDocuments,
      Map<String, String> fingerprints, TalkTable table, PageOwners owners) {
    this.table = table;
    this.owners = owners;
    this.talks = Map.copyOf(talks);
    this.pageCount = talks.values().stream().mapToInt(Talk::pageCount).sum();
    this.pagesNeedingOcr = talks.values().stream().mapToInt(Talk::pagesNeedingOcr).sum();
    this.meetups = Map.copyOf(meetups);
    this.meetupDocuments = Map.copyOf(meetupDocuments);
    this.fingerprints = Map.copyOf(fingerprints);
  }

  static TalkCatalog empty() {
    return new TalkCatalog(Map.of(), Map.of(), Map.of(), Map.of(), TalkTable.of(List.of()), PageOwners.none());
  }

  /** The talks numbered densely for searching. */
  TalkTable table() {
    return table;
  }

  /** Which talk each document of this snapshot's searcher belongs to. */
  PageOwners owners() {
    return owners;
  }

  public Optional<Talk> talk(String id) {
    return Optional.ofNullable(talks.get(id));
  }

  public Collection<Talk> talks() {
    return talks.values();
  }

  public int talkCount() {
    return talks.size();
  }

  /** Counted once per snapshot: /health asks on every probe. */
  public int pageCount() {
    return pageCount;
  }

  /** Pages indexed without the OCR they wanted (Tesseract missing or OCR off); for /health. */
  public int pagesNeedingOcr() {
    return pagesNeedingOcr;
  }

  /** The fingerprint each indexed talk was written with, by talk id. */
  public Map<String, String> fingerprints() {
    return fingerprints;
  }

  /** The meetups written as documents of their own, as the index last recorded them. */
  public Map<String, Meetup> meetupDocuments() {
    return meetupDocuments;
  }

  public Optional<Meetup> meetup(String id) {
    return Optional.ofNullable(meetups.get(id));
  }

  /** Meetups, newest first. */
  public List<Meetup> meetups() {
    List<Meetup> list = new ArrayList<>(meetups.values());
    list.sort(Comparator.comparing(Meetup::date, Comparator.reverseOrder()).thenComparing(Meetup::title));
    return list;
  }

  /** The meetups' served names, for {@code meetup:} clauses; built once per snapshot. */
  MeetupNames meetupNames() {
    MeetupNames known = meetupNames;
    if (known == null) {
      known = MeetupNames.of(meetups.values());
      meetupNames = known;
    }
    return known;
  }

  public List<Talk> talksOfMeetup(String meetupId) {
    return talks.values().stream()
        .filter(t -> t.meetup().id().equals(meetupId))
        .sorted(Comparator.comparing(Talk::id))
        .toList();
  }

  /** Every speaker, by id, with the spellings and affiliations seen across their talks. */
  public Map<String, SpeakerSummary> speakers() {
    Map<String, SpeakerSummary> known = speakers;
    if (known == null) {
      known = summarizeSpeakers();
      speakers = known;
    }
    return known;
  }

  /** Every talk, newest meetup first; computed once per snapshot, since suggestions ask on every keystroke. */
  public List<Talk> talksNewestFirst() {
    List<Talk> known = newestFirst;
    if (known == null) {
      List<Talk> sorted = new ArrayList<>(talks.values());
      sorted.sort(NEWEST_FIRST);
      known = List.copyOf(sorted);
      newestFirst = known;
    }
    return known;
  }

  private Map<String, SpeakerSummary> summarizeSpeakers() {
    Map<String, List<Talk>> byId = new TreeMap<>();
    for (Talk talk : talks.values()) {
      for (Speaker speaker : talk.speakers()) {
        byId.computeIfAbsent(speaker.id(), k -> new ArrayList<>()).add(talk);
      }
    }
    Map<String, SpeakerSummary> result = new LinkedHashMap<>();
    byId.forEach((id, list) -> {
      list.sort(NEWEST_FIRST);
      result.put(id, SpeakerSummary.of(id, list));
    });
    return java.util.Collections.unmodifiableMap(result);
  }

}
