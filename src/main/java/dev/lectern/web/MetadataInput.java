package dev.lectern.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organizers' metadata, checked and shaped as {@code talk.json} / {@code meetup.json} (the shape the
 * archive's MetadataReader reads). Every field has a type and a length limit; a bad one is a 400
 * that names it.
 */
final class MetadataInput {
  private static final Pattern WITH_AFFILIATION = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?");
  private static final int SHORT = 300;
  private static final int LONG = 20_000;

  private final ObjectMapper mapper;

  MetadataInput(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** talk.json from the upload form: title (required), speaker (repeated), tags (comma-separated), language. */
  ObjectNode talkFromForm(MultipartForm form) {
    ObjectNode talk = mapper.createObjectNode();
    String title = form.field("title");
    if (title.isEmpty()) {
      throw ApiException.badRequest("a talk needs a title");
    }
    talk.put("title", text("title", title, SHORT));
    ArrayNode speakers = talk.putArray("speakers");
    for (String line : form.fields("speaker")) {
      if (!line.isBlank()) {
        speakers.add(speaker(line));
      }
    }
    talk.set("tags", tags(form.field("tags")));
    String language = form.field("language");
    if (!language.isEmpty()) {
      talk.put("language", language(language));
    }
    if (!form.field("abstract").isEmpty()) {
      talk.put("abstract", text("abstract", form.field("abstract"), LONG));
    }
    return talk;
  }

  /** The fields of a talk PATCH that are present, validated. */
  /** The request's JSON body; anything else is a 400 that says so. */
  JsonNode body(Context ctx) {
    try {
      return mapper.readTree(ctx.body());
    } catch (IOException e) {
      throw ApiException.badRequest("the body is not JSON: " + e.getMessage());
    }
  }

  ObjectNode talkPatch(JsonNode body) {
    requireObject(body);
    ObjectNode patch = mapper.createObjectNode();
    if (body.has("title")) {
      String title = string(body, "title", SHORT);
      if (title.isBlank()) {
        throw ApiException.badRequest("\"title\" must not be empty");
      }
      patch.put("title", title);
    }
    if (body.has("speakers")) {
      ArrayNode speakers = patch.putArray("speakers");
      JsonNode list = body.get("speakers");
      if (!list.isArray() || list.size() > 50) {
        throw ApiException.badRequest("\"speakers\" must be a list of at most 50 names");
      }
      for (JsonNode s : list) {
        if (s.isTextual()) {
          speakers.add(speaker(s.asText()));
        } else if (s.isObject() && s.path("name").isTextual() && !s.path("name").asText().isBlank()) {
          ObjectNode one = speakers.addObject();
          one.put("name", text("speakers.name", s.get("name").asText(), SHORT));
          one.put("affiliation", text("speakers.affiliation", s.path("affiliation").asText(""), SHORT));
        } else {
          throw ApiException.badRequest("each speaker is \"Name (Affiliation)\" or {\"name\", \"affiliation\"}");
        }
      }
    }
    if (body.has("tags")) {
      JsonNode tags = body.get("tags");
      patch.set("tags", tags.isTextual() ? tags(tags.asText()) : tagList(tags));
    }
    if (body.has("language")) {
      String language = string(body, "language", 20);
      patch.put("language", language.isEmpty() ? "" : language(language));
    }
    if (body.has("abstract")) {
      patch.put("abstract", string(body, "abstract", LONG));
    }
    return patch;
  }

  /** meetup.json fields: on create, title and date are required. */
  ObjectNode meetup(JsonNode body, boolean creating) {
    requireObject(body);
    ObjectNode meetup = mapper.createObjectNode();
    for (String field : List.of("title", "city", "venue", "url", "description")) {
      if (body.has(field)) {
        meetup.put(field, string(body, field, field.equals("description") ? LONG : SHORT));
      }
    }
    if (body.has("date")) {
      meetup.put("date", date(string(body, "date", 10)));
    }
    if (body.has("tags")) {
      meetup.set("tags", body.get("tags").isTextual() ? tags(body.get("tags").asText()) : tagList(body.get("tags")));
    }
    if (body.has("organizers")) {
      meetup.set("organizers", tagList(body.get("organizers")));
    }
    if (creating && (meetup.path("title").asText("").isBlank() || !meetup.has("date"))) {
      throw ApiException.badRequest("a new meetup needs a \"title\" and a \"date\" (YYYY-MM-DD)");
    }
    return meetup;
  }

  /** An ISO date at day, month or year precision, the precisions meetup.json accepts. */
  static String date(String raw) {
    String value = raw.strip();
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value).toString();
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(value).toString();
      }
      if (value.matches("\\d{4}")) {
        return value;
      }
    } catch (DateTimeParseException e) {
      // answered below
    }
    throw ApiException.badRequest("\"date\" must be an ISO date like 2024-08-15, not \"" + raw + "\"");
  }

  private ObjectNode speaker(String line) {
    String value = text("speaker", line.strip(), SHORT);
    ObjectNode speaker = mapper.createObjectNode();
    Matcher m = WITH_AFFILIATION.matcher(value);
    boolean split = m.matches() && !m.group(1).isBlank();
    speaker.put("name", split ? m.group(1).strip() : value);
    speaker.put("affiliation", split ? m.group(2).strip() : "");
    return speaker;
  }

  private ArrayNode tags(String commaSeparated) {
    ArrayNode tags = mapper.createArrayNode();
    List<String> seen = new ArrayList<>();
    for (String tag : commaSeparated.split(",")) {
      String t = text("tags", tag.strip(), 100);
      if (!t.isEmpty() && !seen.contains(t) && seen.size() < 50) {
        seen.add(t);
        tags.add(t);
      }
    }
    return tags;
  }

  private ArrayNode tagList(JsonNode list) {
    if (!list.isArray() || list.size() > 50) {
      throw ApiException.badRequest("expected a list of at most 50 strings");
    }
    ArrayNode out = mapper.createArrayNode();
    for (JsonNode item : list) {
      if (!item.isTextual()) {
        throw ApiException.badRequest("expected a list of strings");
      }
      out.add(text("list item", item.asText().strip(), SHORT));
    }
    return out;
  }

  private static String language(String value) {
    if (!LANGUAGE.matcher(value).matches()) {
      throw ApiException.badRequest("\"language\" must be a language code like en or zh-CN, not \"" + value + "\"");
    }
    return value;
  }

  private static String string(JsonNode body, String field, int max) {
    JsonNode value = body.get(field);
    if (!value.isTextual()) {
      throw ApiException.badRequest("\"" + field + "\" must be a string");
    }
    return text(field, value.asText().strip(), max);
  }

  private static String text(String field, String value, int max) {
    if (value.length() > max) {
      throw ApiException.badRequest("\"" + field + "\" is longer than " + max + " characters");
    }
    if (value.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t')) {
      throw ApiException.badRequest("\"" + field + "\" contains control characters");
    }
    return value;
  }

  private static void requireObject(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("send a JSON object");
    }
  }
}
