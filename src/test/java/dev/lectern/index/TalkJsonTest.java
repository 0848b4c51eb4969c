package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.FieldSource;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Provenance, talk dates and speaker aliases survive the stored JSON and reach the API unchanged. */
class TalkJsonTest {
  @Test
  void provenanceDateAndAliasesRoundTrip() {
    JsonCodec codec = new JsonCodec();
    Talk talk = new Talk("t", "Title", new MeetupRef("m", "Meetup", "", ""),
        List.of(new Speaker("冯立元", "PingCAP", List.of("Feng Liyuan"))), "", List.of(), "zh", "", "", List.of(), "ok",
        "2024-10-06", Map.of("title", new FieldSource("title slide", 0.62), "date", new FieldSource("file name", 0.8)));
    String json = codec.write(talk);
    assertThat(json).contains("\"provenance\":{\"date\":{\"source\":\"file name\",\"confidence\":0.8},"
        + "\"title\":{\"source\":\"title slide\",\"confidence\":0.62}}").contains("\"aliases\":[\"Feng Liyuan\"]");
    assertThat(codec.read(json, Talk.class)).isEqualTo(talk);
    Talk old = codec.read("{\"id\":\"t\",\"title\":\"T\",\"meetup\":{\"id\":\"m\",\"title\":\"M\",\"date\":\"2019\"},"
        + "\"speakers\":[{\"name\":\"Ann Lee\",\"affiliation\":\"\"}]}", Talk.class);
    assertThat(old.date()).isEqualTo("2019");
    assertThat(old.speakers().get(0).aliases()).isEmpty();
    assertThat(old.provenance()).isEmpty();
  }
}
