package dev.lectern.archive;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.lectern.model.Speaker;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads {@code meetup.json} and {@code talk.json}. A file that fails anywhere is reported with its
 * line and column and then treated as absent: half-read metadata would be harder to explain than
 * none, and inference still produces the talk.
 */
final class MetadataReader {

  /** What a meetup.json may declare; null means "not declared". */
  record MeetupJson(
      String title, IsoDate date, String city, String venue,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> organizers,
      String url, String description,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> tags) {}

  record TalkJson(
      String title, List<SpeakerJson> speakers, @JsonProperty("abstract") @JsonAlias("abstractText") String abstractText,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> tags,
      String language, @JsonAlias("videoUrl") String video, @JsonAlias("slidesUrl") String slides) {}

  record SpeakerJson(String name, String affiliation) {
    SpeakerJson {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a speaker needs a non-empty \"name\"");
      }
    }

    /** A bare string is a speaker without affiliation, which is how people write it by hand. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static SpeakerJson of(String name) {
      return new SpeakerJson(name, "");
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static SpeakerJson of(@JsonProperty("name") String name,
        @JsonProperty("affiliation") String affiliation) {
      return new SpeakerJson(name, affiliation);
    }
  }

  /** A partial ISO date, checked while parsing so that the problem points at the value itself. */
  record IsoDate(String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static IsoDate of(String value) {
      String v = value.strip();
      try {
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
          LocalDate.parse(v);
        } else if (v.matches("\\d{4}-\\d{2}")) {
          YearMonth.parse(v);
        } else if (!v.matches("\\d{4}")) {
          throw new DateTimeParseException("not ISO", v, 0);
        }
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "\"date\" must be an ISO date like 2024-08-15, 2024-08 or 2024, not \"" + value + "\"");
      }
      return new IsoDate(v);
    }
  }

  private final ObjectMapper mapper;

  MetadataReader() {
    mapper = new ObjectMapper()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(JsonParser.Feature.ALLOW_COMMENTS);
    // "title": 3 is a mistake worth reporting, not a title "3".
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
  }

  Optional<MeetupJson> meetup(byte[] json, String file, Consumer<MetadataProblem> problems) {
    return read(json, file, MeetupJson.class, problems);
  }

  Optional<TalkMetadata> talk(byte[] json, String file, Consumer<MetadataProblem> problems) {
    return read(json, file, TalkJson.class, problems).map(t -> new TalkMetadata(
        t.title(),
        t.speakers() == null ? null
            : t.speakers().stream().map(s -> new Speaker(s.name(), s.affiliation())).toList(),
        t.abstractText(), t.tags(), t.language(), t.video(), t.slides()));
  }

  private <T> Optional<T> read(byte[] json, String file, Class<T> type, Consumer<MetadataProblem> problems) {
    try {
      T value = mapper.readValue(json, type);
      if (value == null) {
        problems.accept(new MetadataProblem(file, 1, 1, "the file is empty or null; expected a JSON object"));
      }
      return Optional.ofNullable(value);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      problems.accept(new MetadataProblem(file, line, column, explain(e)));
      return Optional.empty();
    } catch (IOException e) {
      problems.accept(new MetadataProblem(file, 0, 0, "cannot read: " + e.getMessage()));
      return Optional.empty();
    }
  }

  private static String explain(JsonProcessingException e) {
    if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException) {
      String message = e.getOriginalMessage();
      int noise = message.indexOf(" (for ");
      return "invalid JSON: " + (noise > 0 ? message.substring(0, noise) : message);
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return at(e) + e.getCause().getMessage();
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      JsonToken token = m.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
      String found = token != null ? describe(token) : describe(m.getOriginalMessage());
      return at(e) + "expected " + expected(m.getTargetType()) + ", found " + found;
    }
    if (e instanceof JsonMappingException) {
      return at(e) + e.getOriginalMessage();
    }
    return "invalid JSON: " + e.getOriginalMessage();
  }

  private static String at(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
      return "";
    }
    String path = m.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining());
    return "\"" + path.substring(1).replace("abstractText", "abstract") + "\": ";
  }

  private static String expected(Class<?> type) {
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == String.class || type == IsoDate.class) {
      return "a string";
    }
    if (type == SpeakerJson.class) {
      return "a speaker {\"name\": …, \"affiliation\": …}";
    }
    return "an object";
  }

  /** Coercion failures carry no parser token; their message names the input shape instead. */
  private static String describe(String message) {
    String m = message == null ? "" : message;
    if (m.matches("(?s).*(from|coerce) (Integer|Floating).*")) {
      return "a number";
    }
    if (m.matches("(?s).*(from|coerce) Boolean.*")) {
      return "true/false";
    }
    if (m.contains("from Array") || m.contains("from Object")) {
      return m.contains("from Array") ? "a list" : "an object";
    }
    return "a value of another type";
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_STRING -> "a string";
      case VALUE_TRUE, VALUE_FALSE -> "true/false";
      case VALUE_NULL -> "null";
      case START_ARRAY -> "a list";
      case START_OBJECT -> "an object";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }
}
