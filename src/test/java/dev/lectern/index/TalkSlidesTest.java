package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TalkSlidesTest {
  @Test
  void anExportsFooterLinesAreAddedToTheDecksText() {
    String deck = "Background\nDevelop Java machine learning applications\nPackages for every platform";
    String export = "24/06/2019 Jane Wombat 2\nBackground\n● Develop Java machine learning applicat-\nions\n"
        + "● Packages for every platform";

    assertThat(TalkSlides.withLinesOnlyIn(deck, export))
        .isEqualTo(deck + "\n24/06/2019 Jane Wombat 2");
  }

  @Test
  void anExportsRebuiltCopyOfTheDecksWordsAddsNothing() {
    String deck = "实时通信快速指南\n2016年5月";
    String doubled = "实实时时通通信信快快速速指指南南\n2016年年5月月";

    assertThat(TalkSlides.withLinesOnlyIn(deck, doubled)).isEqualTo(deck);
    assertThat(TalkSlides.withLinesOnlyIn(deck, "")).isEqualTo(deck);
  }
}
