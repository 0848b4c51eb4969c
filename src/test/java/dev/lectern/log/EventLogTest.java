package dev.lectern.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EventLogTest {
  private final Clock clock = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

  private String emit(EventLog.Format format, Object... fields) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new EventLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), format, clock).emit("extracted", fields);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void plainValuesAreBareAndOthersQuotedSoALineIsOneEventWhateverAPathHolds() {
    String line = emit(EventLog.Format.TEXT, "path", "a b/\"c\"\nevent=forged", "pages", 12, "reason", "");
    assertThat(line).isEqualTo("ts=2025-01-02T03:04:05Z event=extracted path=\"a b/\\\"c\\\"\\nevent=forged\" "
        + "pages=12 reason=\"\"" + System.lineSeparator());
  }

  @Test
  void jsonLinesKeepNumbersAsNumbers() throws Exception {
    String line = emit(EventLog.Format.JSON, "path", "x\ny.pdf", "pages", 12, "ms", 3.5);
    assertThat(line.strip()).doesNotContain("\n");
    JsonNode event = new ObjectMapper().readTree(line);
    assertThat(event.get("event").asText()).isEqualTo("extracted");
    assertThat(event.get("path").asText()).isEqualTo("x\ny.pdf");
    assertThat(event.get("pages").isInt()).as(line).isTrue();
    assertThat(event.get("ms").asDouble()).isEqualTo(3.5);
  }

  @Test
  void theSilentLogWritesNothingAndAcceptsAnything() {
    EventLog.NONE.emit("request", "status", 200);
  }
}
