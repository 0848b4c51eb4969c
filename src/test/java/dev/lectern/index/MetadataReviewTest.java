package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.FieldSource;
import dev.lectern.model.Meetup;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataReviewTest {
  @Test
  void leastCertainGuessesComeFirst() {
    Meetup undated = new Meetup("m", "Go Night", "", "", null, null, null, null, null, "go");
    MeetupRef ref = MeetupRef.of(undated);
    Talk slug = talk("a", "docker notes", ref, List.of(new Speaker("Ann Lee", "")),
        Map.of("title", new FieldSource("file name", 0.3), "speakers", new FieldSource("title slide", 0.55)));
    Talk noSpeaker = talk("b", "Scaling Go", ref, List.of(), Map.of("title", new FieldSource("title slide", 0.62)));
    Talk reversed = talk("c", "Go Tips", ref, List.of(new Speaker("Lee Ann", "")),
        Map.of("title", new FieldSource("title slide", 0.7), "speakers", new FieldSource("folder name", 0.7)));
    Talk confident = talk("d", "Profiling", ref, List.of(new Speaker("Bo Chen", "")),
        Map.of("title", new FieldSource("declared", 1), "speakers", new FieldSource("declared", 1)));
    List<Talk> talks = List.of(slug, noSpeaker, reversed, confident);
    Map<String, Talk> byId = new java.util.HashMap<>();
    talks.forEach(t -> byId.put(t.id(), t));
    TalkCatalog catalog = new TalkCatalog(byId, Map.of("m", undated), Map.of(), Map.of(), TalkTable.of(talks),
        PageOwners.none());
    List<MetadataReview.Item> review = MetadataReview.of(catalog);
    assertThat(review).extracting(MetadataReview.Item::kind)
        .containsExactly("no-speaker", "undated-meetup", "same-speaker?", "uncertain-title");
    assertThat(review.get(3).talkId()).isEqualTo("a");
    assertThat(review.get(2).subject()).contains("Ann Lee").contains("Lee Ann");
  }

  private static Talk talk(String id, String title, MeetupRef ref, List<Speaker> speakers,
      Map<String, FieldSource> provenance) {
    return new Talk(id, title, ref, speakers, "", List.of(), "en", "", "", List.of(), "ok", "", provenance);
  }
}
