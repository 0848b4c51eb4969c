package dev.lectern.archive;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.model.Meetup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@code meetup.json} declares, the one shape it is read and written in; null means "not
 * declared". Unknown keys are kept in {@code other}, so an edit never drops them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetupJson(
    String title,
    IsoDate date,
    String city,
    String venue,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> organizers,
    String url,
    String description,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> tags,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

  public static final MeetupJson NONE = new MeetupJson(null, null, null, null, null, null, null, null, null);

  public MeetupJson {
    organizers = organizers == null ? null : List.copyOf(organizers);
    tags = tags == null ? null : List.copyOf(tags);
    other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
  }

  /**
   * What an inferred meetup would declare: its date and city as shown, and its title unless read off
   * its folder. A folder's title lost its capitals: left undeclared, it keeps being read from the
   * folder and spelled as the archive's text spells it, where declaring it would freeze "Openai".
   */
  static MeetupJson inferred(Meetup meetup) {
    return new MeetupJson(meetup.fromFolderName("title") ? null : meetup.title(), meetup.date().isEmpty() ? null : new IsoDate(meetup.date()),
        meetup.city().isEmpty() ? null : meetup.city(), null, null, null, null, null, null);
  }

  /** This file with every field {@code patch} declares put over it. */
  public MeetupJson with(MeetupJson patch) {
    Map<String, JsonNode> keys = new LinkedHashMap<>(other);
    keys.putAll(patch.other());
    return new MeetupJson(TalkJson.or(patch.title, title), TalkJson.or(patch.date, date),
        TalkJson.or(patch.city, city), TalkJson.or(patch.venue, venue), TalkJson.or(patch.organizers, organizers),
        TalkJson.or(patch.url, url), TalkJson.or(patch.description, description), TalkJson.or(patch.tags, tags),
        keys);
  }
}
