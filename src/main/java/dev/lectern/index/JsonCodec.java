package dev.lectern.index;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lectern.model.Meetup;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import java.io.UncheckedIOException;

/**
 * The one JSON mapping of Lectern's records, shared by the index (stored talk JSON) and the HTTP API
 * so that a talk has the same shape everywhere. Mix-ins keep Jackson out of the model package.
 */
public final class JsonCodec {
  private final ObjectMapper mapper;

  public JsonCodec() {
    mapper = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
        .addMixIn(Talk.class, TalkMixin.class)
        .addMixIn(Speaker.class, SpeakerMixin.class)
        .addMixIn(Meetup.class, MeetupMixin.class)
        .addMixIn(MeetupRef.class, MeetupRefMixin.class);
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  abstract static class TalkMixin {
    @JsonProperty("abstract")
    abstract String abstractText();

    @JsonIgnore
    abstract int pageCount();
  }

  abstract static class SpeakerMixin {
    @JsonProperty("id")
    abstract String id();
  }

  abstract static class MeetupMixin {
    @JsonIgnore
    abstract int year();
  }

  abstract static class MeetupRefMixin {
    @JsonIgnore
    abstract int year();
  }
}
