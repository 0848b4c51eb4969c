package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How text votes on a word's spelling, on invented words. */
class TextSpellingsTest {
  private static String chosen(String word, String... texts) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (String text : texts) {
      TextSpellings.count(text, Set.of(word), counts);
    }
    return dev.lectern.model.WordSpelling.chosen(counts.getOrDefault(word, Map.of()));
  }

  @Test
  void innerCapitalsWinWhenMoreOftenThanNot() {
    assertThat(chosen("quokkaml", "QuokkaML is fast", "we like QuokkaML", "quokkaml is lower")).isEqualTo("QuokkaML");
    assertThat(chosen("quokkaml", "QuokkaML once", "quokkaml twice, quokkaml")).isNull();
    assertThat(chosen("quokkaml", "Quokkaml starts a sentence")).as("a capital first letter says nothing").isNull();
    assertThat(chosen("quokkaml")).isNull();
  }

  @Test
  void shortWordsInCapitalsAreAcronymsLongOnesEmphasis() {
    assertThat(chosen("dlug", "DLUG hosts", "thanks DLUG")).isEqualTo("DLUG");
    assertThat(chosen("gatherings", "GATHERINGS", "Gatherings")).as("a long word in capitals is shouted").isNull();
  }

  @Test
  void shoutedLinesAndLowerCaseCodeSayNothing() {
    assertThat(chosen("quokkaml", "QuokkaML", "pip install quokkaml/core", "import quokkaml_ops",
        "see https://quokkaml.dev")).isEqualTo("QuokkaML");
    assertThat(chosen("quokkaml", "github.com/QuokkaML/core", "quokkaml is lower")).isNull();
    assertThat(chosen("dlug", "WELCOME TO DLUG", "dlug")).isNull();
  }
}
