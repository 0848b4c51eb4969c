package dev.lectern.archive;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@code series.json} declares (in the folder that holds a series' meetups); null means "not
 * declared". Unknown keys are kept in {@code other}, so an edit never drops them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeriesJson(String title, String city, String description,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

  public static final SeriesJson NONE = new SeriesJson(null, null, null, null);

  public SeriesJson {
    other = other == null ? new LinkedHashMap<>() : new LinkedHashMap<>(other);
  }

  /** This file with every field {@code patch} declares put over it. */
  public SeriesJson with(SeriesJson patch) {
    Map<String, JsonNode> keys = new LinkedHashMap<>(other);
    keys.putAll(patch.other());
    return new SeriesJson(TalkJson.or(patch.title, title), TalkJson.or(patch.city, city),
        TalkJson.or(patch.description, description), keys);
  }
}
