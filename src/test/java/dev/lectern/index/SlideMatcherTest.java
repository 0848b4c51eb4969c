package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When two files are one deck, and which of their pages are the same slide. */
class SlideMatcherTest {
  private final SlideMatcher matcher = new SlideMatcher();

  private static final List<String> DECK = List.of(
      "Numbat burrows\nHow numbats dig shallow burrows in eucalyptus woodland",
      "Termite diet\nA numbat eats twenty thousand termites every single day",
      "",
      "Stripes and camouflage\nWhite stripes break the outline of the animal in dappled light",
      "Conservation\nFox baiting and fire management helped numbers recover since 1980",
      "Thanks");

  private static List<Page> pages(List<String> texts) {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      pages.add(new Page(i + 1, texts.get(i), ""));
    }
    return pages;
  }

  /** What a PDF export's text layer does to the same slides: bullets and breaks moved, spacing changed. */
  private static List<String> exported(List<String> texts) {
    return texts.stream().map(t -> t.replace("\n", " • ").replace("  ", " ").toUpperCase()).toList();
  }

  @Test
  void aDeckAndItsExportAreOneDeckSlideForSlideIncludingASlideWithoutText() {
    var pairs = matcher.match(pages(DECK), pages(exported(DECK)));
    assertThat(pairs).as("the export of the same slides").isPresent();
    assertThat(pairs.get()).containsExactly(new SlideMatcher.Pair(0, 0), new SlideMatcher.Pair(1, 1),
        new SlideMatcher.Pair(2, 2), new SlideMatcher.Pair(3, 3), new SlideMatcher.Pair(4, 4), new SlideMatcher.Pair(5, 5));
  }

  @Test
  void aSlideTheShowSkipsIsLeftOutOfTheExportAndTheRestStillPair() {
    List<Page> deck = new ArrayList<>(pages(DECK));
    deck.set(1, new Page(2, DECK.get(1), "", true));
    List<String> export = new ArrayList<>(exported(DECK));
    export.remove(1);
    var pairs = matcher.match(deck, pages(export));
    assertThat(pairs).isPresent();
    assertThat(pairs.get()).as("slide 2 is skipped and not exported")
        .doesNotContain(new SlideMatcher.Pair(1, 1)).contains(new SlideMatcher.Pair(0, 0), new SlideMatcher.Pair(3, 2));
  }

  @Test
  void decksSharingOnlyATemplateOrAThanksSlideAreNotOneDeck() {
    List<String> other = List.of(
        "Platypus venom\nMale platypuses carry a venomous spur on each hind leg",
        "Electroreception\nThe bill senses the electric fields of shrimp under water",
        "Conservation\nFox baiting and fire management helped numbers recover since 1980",
        "Thanks");
    assertThat(matcher.match(pages(DECK), pages(other))).isEmpty();
  }

  @Test
  void anEarlierRevisionWithHalfItsSlidesChangedIsNotOneDeck() {
    List<String> revision = new ArrayList<>(DECK);
    revision.set(0, "Numbat history\nThe first description of the numbat by Waterhouse in 1836");
    revision.set(1, "Range collapse\nOnly two natural populations remained by the late 1970s");
    revision.set(3, "Breeding season\nFour young cling to the mother for six months each year");
    assertThat(matcher.match(pages(DECK), pages(revision))).isEmpty();
  }

  @Test
  void chineseSlidesMatchTheirExportDespiteDoubledCompatibilityCharacters() {
    List<String> deck = List.of("实时音视频通话\n在浏览器中进行实时的音视频通话", "信令服务器\n交换会话描述和网络候选地址");
    // A PDF export's text layer: Kangxi radicals for some characters, a doubled glyph, spaces.
    List<String> export = List.of("实时⾳音视频通话 在浏览器器中进⾏行行实时的⾳音视频通话", "信令服务器 交换会话描述和⽹网络候选地址");
    assertThat(matcher.match(pages(deck), pages(export))).isPresent();
  }
}
