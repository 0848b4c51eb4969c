package dev.lectern.archive;

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
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads {@code meetup.json} and {@code talk.json}. A file that fails anywhere is reported with its
 * line and column and then treated as absent: half-read metadata would be harder to explain than
 * none, and inference still produces the talk.
 */
final class MetadataReader {

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

  Optional<TalkJson> talk(byte[] json, String file, Consumer<MetadataProblem> problems) {
    return read(json, file, TalkJson.class, problems);
  }

  Optional<SpeakersJson> speakers(byte[] json, String file, Consumer<MetadataProblem> problems) {
    return read(json, file, SpeakersJson.class, problems);
  }

  Optional<SeriesJson> series(byte[] json, String file, Consumer<MetadataProblem> problems) {
    return read(json, file, SeriesJson.class, problems);
  }

  /** The file as {@code type}, or an error that says what is wrong with it: an edit must not overwrite it. */
  <T> T strict(byte[] json, String file, Class<T> type) {
    java.util.List<MetadataProblem> problems = new java.util.ArrayList<>();
    Optional<T> value = read(json, file, type, problems::add);
    if (value.isEmpty()) {
      MetadataProblem p = problems.get(0);
      throw new IllegalStateException(p + "; fix it by hand first");
    }
    return value.get();
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
