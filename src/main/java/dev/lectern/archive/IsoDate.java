package dev.lectern.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A date in talk.json or meetup.json: ISO 8601 at day, month or year precision ({@code 2024-08-15},
 * {@code 2024-08}, {@code 2024}). Checked while parsing, so a problem points at the value itself.
 */
public record IsoDate(String value) {
  public IsoDate {
    String v = value == null ? "" : value.strip();
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        v = LocalDate.parse(v).toString();
      } else if (v.matches("\\d{4}-\\d{2}")) {
        v = YearMonth.parse(v).toString();
      } else if (!v.matches("\\d{4}")) {
        throw new DateTimeParseException("not ISO", v, 0);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"date\" must be an ISO date like 2024-08-15, 2024-08 or 2024, not \"" + value + "\"");
    }
    value = v;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IsoDate of(String value) {
    return new IsoDate(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }
}
