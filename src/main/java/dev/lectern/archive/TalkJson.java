package dev.lectern.archive;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.model.Speaker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@code talk.json} declares, the one shape it is read and written in. A {@code null}
 * component means "not declared" (inference fills it in); an empty list declared on purpose stays
 * empty. Keys Lectern does not know are kept in {@code other}, so an edit never drops them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TalkJson(
    String title,
    List<SpeakerJson> speakers,
    @JsonProperty("abstract") @JsonAlias("abstractText") String abstractText,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> tags,
    String language,
    IsoDate date,
    @JsonProperty("video") @JsonAlias("videoUrl") String videoUrl,
    @JsonProperty("slides") @JsonAlias("slidesUrl") String slidesUrl,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

  public static final TalkJson NONE = new TalkJson(null, null, null, null, null, null, null, null, null);

  public TalkJson {
    speakers = speakers == null ? null : List.copyOf(speakers);
    tags = tags == null ? null : List.copyOf(tags);
    other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
  }

  /** Declares nothing: a patch that changes no field. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /** The declared speakers as the model has them, or null when none are declared. */
  public List<Speaker> people() {
    return speakers == null ? null : speakers.stream().map(SpeakerJson::speaker).toList();
  }

  /** This file with every field {@code patch} declares put over it. */
  public TalkJson with(TalkJson patch) {
    Map<String, JsonNode> keys = new LinkedHashMap<>(other);
    keys.putAll(patch.other());
    return new TalkJson(or(patch.title, title), or(patch.speakers, speakers), or(patch.abstractText, abstractText),
        or(patch.tags, tags), or(patch.language, language), or(patch.date, date), or(patch.videoUrl, videoUrl),
        or(patch.slidesUrl, slidesUrl), keys);
  }

  static <T> T or(T patched, T current) {
    return patched != null ? patched : current;
  }
}
