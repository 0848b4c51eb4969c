package dev.lectern.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.archive.IsoDate;
import dev.lectern.archive.MeetupJson;
import dev.lectern.archive.SeriesJson;
import dev.lectern.archive.SpeakersJson;
import dev.lectern.archive.SpeakerJson;
import dev.lectern.archive.TalkJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organizers' metadata, checked and shaped as the archive's records ({@link TalkJson},
 * {@link MeetupJson}, {@link SeriesJson}): the same records the scanner reads. Every field has a
 * type and a length limit; a bad one is a 400 that names it. A field left out of a patch is null.
 */
final class MetadataInput {
  private static final Pattern WITH_AFFILIATION = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?");
  private static final int SHORT = 300;
  private static final int LONG = 20_000;
  private static final int MAX_ITEMS = 50;

  private final ObjectMapper mapper;

  MetadataInput(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** talk.json from the upload form: title (required), speaker (repeated), tags (comma-separated), language. */
  TalkJson talkFromForm(MultipartForm form) {
    String title = form.field("title");
    if (title.isEmpty()) {
      throw ApiException.badField("title", "title_required", "a talk needs a title");
    }
    List<SpeakerJson> speakers = new ArrayList<>();
    for (String line : form.fields("speaker")) {
      if (!line.isBlank()) {
        speakers.add(speaker(line));
      }
    }
    String language = form.field("language");
    String abstractText = form.field("abstract");
    return new TalkJson(text("title", title, SHORT), speakers,
        abstractText.isEmpty() ? null : text("abstract", abstractText, LONG), tags(form.field("tags")),
        language.isEmpty() ? null : language(language), null, null, null, null);
  }

  /** Form fields as a JSON body, renamed {@code from, to, from, to, …}; empty fields are left out. */
  JsonNode fields(MultipartForm form, String... renames) {
    var body = mapper.createObjectNode();
    for (int i = 0; i + 1 < renames.length; i += 2) {
      if (!form.field(renames[i]).isEmpty()) {
        body.put(renames[i + 1], form.field(renames[i]));
      }
    }
    return body;
  }

  /** The request's JSON body; anything else is a 400 that says so. */
  JsonNode body(Context ctx) {
    try {
      return mapper.readTree(ctx.body());
    } catch (IOException e) {
      throw ApiException.invalid("not_json", Map.of(), "the body is not JSON" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
          ? ": " + j.getOriginalMessage() : ""));
    }
  }

  /** The fields of a talk PATCH that are present, validated: title, speakers, tags, language, date, abstract. */
  TalkJson talkPatch(JsonNode body) {
    requireObject(body);
    String title = null;
    if (body.has("title")) {
      title = string(body, "title", SHORT);
      if (title.isBlank()) {
        throw required("title");
      }
    }
    List<SpeakerJson> speakers = body.has("speakers") ? speakers(body.get("speakers")) : null;
    List<String> tags = null;
    if (body.has("tags")) {
      JsonNode value = body.get("tags");
      tags = value.isTextual() ? tags(value.asText()) : tagList("tags", value);
    }
    String language = null;
    if (body.has("language")) {
      language = string(body, "language", 20);
      language = language.isEmpty() ? "" : language(language);
    }
    IsoDate date = body.has("date") ? new IsoDate(date(string(body, "date", 10))) : null;
    String abstractText = body.has("abstract") ? string(body, "abstract", LONG) : null;
    return new TalkJson(title, speakers, abstractText, tags, language, date, null, null, null);
  }

  /** The meetup a talk PATCH moves the talk to, or null when it does not say. */
  String meetupId(JsonNode body) {
    String id = optional(body, "meetup", SHORT);
    if (id != null && id.isBlank()) {
      throw required("meetup");
    }
    return id;
  }

  /** meetup.json fields: on create, title and date are required. */
  MeetupJson meetup(JsonNode body, boolean creating) {
    requireObject(body);
    String title = optional(body, "title", SHORT);
    IsoDate date = body.has("date") ? new IsoDate(date(string(body, "date", 10))) : null;
    if (creating && (title == null || title.isBlank() || date == null)) {
      throw ApiException.invalid("meetup_needs_title_and_date", Map.of(), "a new meetup needs a \"title\" and a \"date\" (YYYY-MM-DD)");
    }
    String url = optional(body, "url", SHORT);
    List<String> tags = null;
    if (body.has("tags")) {
      tags = body.get("tags").isTextual() ? tags(body.get("tags").asText()) : tagList("tags", body.get("tags"));
    }
    return new MeetupJson(title, date, optional(body, "city", SHORT), optional(body, "venue", SHORT),
        body.has("organizers") ? tagList("organizers", body.get("organizers")) : null, url == null ? null : webAddress(url),
        optional(body, "description", LONG), tags, null);
  }

  /** A person for speakers.json: name (required), aliases, affiliation. */
  SpeakersJson.Person person(JsonNode body) {
    requireObject(body);
    String name = optional(body, "name", SHORT);
    if (name == null || name.isBlank()) {
      throw required("name");
    }
    String affiliation = optional(body, "affiliation", SHORT);
    return new SpeakersJson.Person(name, affiliation, body.has("aliases") ? tagList("aliases", body.get("aliases")) : List.of());
  }

  /** series.json fields: title, city, description. */
  SeriesJson series(JsonNode body) {
    requireObject(body);
    String title = optional(body, "title", SHORT);
    if (title != null && title.isBlank()) {
      throw required("title");
    }
    return new SeriesJson(title, optional(body, "city", SHORT), optional(body, "description", LONG), null);
  }

  /** An http(s) address or nothing: a javascript: or data: link would run in a reader's browser. */
  static String webAddress(String raw) {
    String value = raw.strip();
    if (value.isEmpty()) {
      return "";
    }
    try {
      java.net.URI uri = new java.net.URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return value;
      }
    } catch (java.net.URISyntaxException e) {
      // refused below
    }
    throw ApiException.invalid("bad_url", Map.of("field", "url"), "\"url\" must be an http:// or https:// address");
  }

  /** An ISO date at day, month or year precision, the precisions talk.json and meetup.json accept. */
  static String date(String raw) {
    try {
      return new IsoDate(raw).value();
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("bad_date", Map.of("field", "date", "value", raw),
          "\"date\" must be an ISO date like 2024-08-15, not \"" + raw + "\"");
    }
  }

  private List<SpeakerJson> speakers(JsonNode list) {
    if (!list.isArray() || list.size() > MAX_ITEMS) {
      throw ApiException.invalid("bad_list", Map.of("field", "speakers", "max", MAX_ITEMS),
          "\"speakers\" must be a list of at most " + MAX_ITEMS + " names");
    }
    List<SpeakerJson> speakers = new ArrayList<>();
    for (JsonNode s : list) {
      if (s.isTextual() && !s.asText().isBlank()) {
        speakers.add(speaker(s.asText()));
      } else if (s.isObject() && s.path("name").isTextual() && !s.path("name").asText().isBlank()) {
        speakers.add(new SpeakerJson(text("speakers.name", s.get("name").asText(), SHORT),
            text("speakers.affiliation", s.path("affiliation").asText(""), SHORT)));
      } else {
        throw ApiException.invalid("bad_speaker", Map.of("field", "speakers"),
            "each speaker is \"Name (Affiliation)\" or {\"name\", \"affiliation\"}");
      }
    }
    return speakers;
  }

  private static SpeakerJson speaker(String line) {
    String value = text("speaker", line.strip(), SHORT);
    Matcher m = WITH_AFFILIATION.matcher(value);
    boolean split = m.matches() && !m.group(1).isBlank();
    return new SpeakerJson(split ? m.group(1).strip() : value, split ? m.group(2).strip() : "");
  }

  private static List<String> tags(String commaSeparated) {
    List<String> seen = new ArrayList<>();
    for (String tag : commaSeparated.split(",")) {
      String t = text("tags", tag.strip(), 100);
      if (!t.isEmpty() && !seen.contains(t) && seen.size() < MAX_ITEMS) {
        seen.add(t);
      }
    }
    return seen;
  }

  private static List<String> tagList(String field, JsonNode list) {
    if (!list.isArray() || list.size() > MAX_ITEMS || !allText(list)) {
      throw ApiException.invalid("bad_list", Map.of("field", field, "max", MAX_ITEMS),
          "\"" + field + "\" must be a list of at most " + MAX_ITEMS + " strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : list) {
      out.add(text(field, item.asText().strip(), SHORT));
    }
    return out;
  }

  private static String language(String value) {
    if (!LANGUAGE.matcher(value).matches()) {
      throw ApiException.invalid("bad_language", Map.of("field", "language", "value", value),
          "\"language\" must be a language code like en or zh-CN, not \"" + value + "\"");
    }
    return value;
  }

  private static String optional(JsonNode body, String field, int max) {
    return body.has(field) ? string(body, field, max) : null;
  }

  private static String string(JsonNode body, String field, int max) {
    JsonNode value = body.get(field);
    if (!value.isTextual()) {
      throw ApiException.invalid("field_not_text", Map.of("field", field), "\"" + field + "\" must be a string");
    }
    return text(field, value.asText().strip(), max);
  }

  private static String text(String field, String value, int max) {
    if (value.length() > max) {
      throw ApiException.invalid("field_too_long", Map.of("field", field, "max", max, "actual", value.length()),
          "\"" + field + "\" is longer than " + max + " characters");
    }
    if (value.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t')) {
      throw ApiException.invalid("field_control_characters", Map.of("field", field), "\"" + field + "\" contains control characters");
    }
    return value;
  }

  private static boolean allText(JsonNode list) {
    for (JsonNode item : list) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static ApiException required(String field) {
    return ApiException.badField(field, "field_required", "\"" + field + "\" must not be empty");
  }

  private static void requireObject(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.invalid("not_json_object", Map.of(), "send a JSON object");
    }
  }
}
