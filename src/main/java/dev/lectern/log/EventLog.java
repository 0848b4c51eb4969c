package dev.lectern.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Operational events, one line each: {@code ts=… event=request method=GET route=/api/search
 * status=200 ms=3} by default, or the same fields as one JSON object per line ({@code --log-json}),
 * for a log collector. Lines go to one stream (the server's stderr), whole, so concurrent events
 * never interleave within a line.
 */
public final class EventLog {
  /** How each event is written. */
  public enum Format { TEXT, JSON }

  /** Discards every event: for embedded servers in tests and for commands that log nothing. */
  public static final EventLog NONE = new EventLog(null, Format.TEXT, Clock.systemUTC());

  private final PrintStream out;
  private final Format format;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  public EventLog(PrintStream out, Format format, Clock clock) {
    this.out = out;
    this.format = format;
    this.clock = clock;
  }

  /** Writes an event; {@code fields} alternate names and values (numbers stay numbers in JSON). */
  public void emit(String event, Object... fields) {
    if (out == null) {
      return;
    }
    if (fields.length % 2 != 0) {
      throw new IllegalArgumentException("fields come in name/value pairs, got " + fields.length);
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("ts", clock.instant().toString());
    line.put("event", event);
    for (int i = 0; i < fields.length; i += 2) {
      line.put(String.valueOf(fields[i]), fields[i + 1] == null ? "" : fields[i + 1]);
    }
    out.println(format == Format.JSON ? json(line) : text(line));
    out.flush();
  }

  private String json(Map<String, Object> line) {
    try {
      return json.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      return "{\"event\":\"log-failure\",\"error\":\"" + e.getOriginalMessage().replace("\"", "'") + "\"}";
    }
  }

  static String text(Map<String, Object> line) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Object> field : line.entrySet()) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(field.getKey()).append('=').append(value(field.getValue()));
    }
    return text.toString();
  }

  /** Bare when it is one plain word; quoted, with quotes, backslashes and line breaks escaped, otherwise. */
  private static String value(Object value) {
    String text = String.valueOf(value);
    if (!text.isEmpty() && text.chars().allMatch(c -> c > ' ' && c < 127 && c != '"' && c != '=' && c != '\\')) {
      return text;
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c < ' ' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return quoted.append('"').toString();
  }
}
