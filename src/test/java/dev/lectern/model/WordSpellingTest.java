package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one spelling vote the scanner (file and folder names) and the catalog (slide text) share, on
 * invented words; in particular the edge cases the two used to decide apart.
 */
class WordSpellingTest {
  @Test
  void aDistinctiveSpellingWinsOnlyWhenMoreThanHalfOfWhatWasWritten() {
    assertThat(WordSpelling.chosen(Map.of("QuokkaML", 2, "Quokkaml", 1))).isEqualTo("QuokkaML");
    assertThat(WordSpelling.chosen(Map.of("QuokkaML", 1, "Quokkaml", 1))).as("half is not more than half").isNull();
    assertThat(WordSpelling.chosen(Map.of("QuokkaML", 3, "QuokkaMl", 2, "quokkaml", 1)))
        .as("the most frequent distinctive spelling").isEqualTo("QuokkaML");
    assertThat(WordSpelling.chosen(Map.of("Quokkaml", 4))).as("a capital first letter says nothing").isNull();
    assertThat(WordSpelling.chosen(Map.of())).isNull();
  }

  @Test
  void aWordStartingInLowerCaseOrHoldingADotIsDistinctive() {
    assertThat(WordSpelling.chosen(Map.of("eKelp", 2))).isEqualTo("eKelp");
    assertThat(WordSpelling.chosen(Map.of("Reef.js", 1))).isEqualTo("Reef.js");
    assertThat(WordSpelling.key("Reef.js")).isEqualTo("reefjs");
    assertThat(WordSpelling.distinctive("iKelp")).isTrue();
    assertThat(WordSpelling.distinctive("Kelp")).isFalse();
  }

  @Test
  void shortWordsInCapitalsAreAcronymsLongOnesCountNeitherWay() {
    assertThat(WordSpelling.chosen(Map.of("DLUG", 2, "Dlug", 1))).isEqualTo("DLUG");
    assertThat(WordSpelling.chosen(Map.of("OTTERWATCH", 5, "OtterWatch", 1))).isEqualTo("OtterWatch");
    assertThat(WordSpelling.chosen(Map.of("OTTERWATCH", 5, "Otterwatch", 1))).isNull();
    assertThat(WordSpelling.shouted("KELP NIGHT FINAL")).isTrue();
    assertThat(WordSpelling.shouted("KELP")).as("one word in capitals may be an acronym").isFalse();
  }

  @Test
  void onlyWordsTitleCasingMadeAreRespelledAndKeptWordsStand() {
    Map<String, String> chosen = Map.of("quokkaml", "QuokkaML", "ostrava", "OsTrava", "reefjs", "Reef.js");
    assertThat(WordSpelling.respell("Quokkaml Reefjs Nights", chosen, Set.of())).isEqualTo("QuokkaML Reef.js Nights");
    assertThat(WordSpelling.respell("quokkaml QUOKKAML", chosen, Set.of())).as("not title case").isEqualTo(
        "quokkaml QUOKKAML");
    Set<String> kept = WordSpelling.kept("quokkaml-club/OsTrava/2024-01-02", "Ostrava");
    assertThat(kept).containsExactly("ostrava");
    assertThat(WordSpelling.respell("Quokkaml Club Ostrava", chosen, kept))
        .as("a city keeps the gazetteer's spelling").isEqualTo("QuokkaML Club Ostrava");
  }

  @Test
  void aRunTogetherWordIsSplitIntoItsWordsOnlyWhenAsked() {
    assertThat(WordSpelling.runTogether("KelpForest")).isTrue();
    assertThat(WordSpelling.runTogether("Kelp")).isFalse();
    assertThat(WordSpelling.runTogether("KELP")).isFalse();
    assertThat(WordSpelling.runTogether("Reef.js")).as("letters only").isFalse();
    assertThat(WordSpelling.apart("Otter KelpForest Nights", Set.of("kelpforest"))).isEqualTo("Otter Kelp Forest Nights");
    assertThat(WordSpelling.apart("KelpForest OtterCon", Set.of("kelpforest"))).isEqualTo("Kelp Forest OtterCon");
    assertThat(WordSpelling.apart("SeaOtterClub", Set.of("seaotterclub"))).isEqualTo("Sea Otter Club");
    assertThat(WordSpelling.apart("QuokkaAI eKelp", Set.of("quokkaai", "ekelp")))
        .as("a capital run stays whole; one leading lower-case letter is no word").isEqualTo("Quokka AI eKelp");
  }
}
