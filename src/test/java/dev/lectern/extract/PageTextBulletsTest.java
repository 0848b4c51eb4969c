package dev.lectern.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTextBulletsTest {

  @Test
  void aBulletGluedToThePreviousLineStartsANewLine() {
    assertThat(PageText.breakBeforeBullets("Graph of nodes• Pointwise ops• Reductions"))
        .isEqualTo("Graph of nodes\n• Pointwise ops\n• Reductions");
    assertThat(PageText.breakBeforeBullets("Tools: perf ▪ Alas, no symbols")).isEqualTo("Tools: perf\n▪ Alas, no symbols");
    assertThat(PageText.breakBeforeBullets("nodes– Pointwise")).isEqualTo("nodes\n– Pointwise");
  }

  @Test
  void bulletsAlreadyOnTheirOwnLineAndDashesInsideTextStay() {
    assertThat(PageText.breakBeforeBullets("• one\n• two")).isEqualTo("• one\n• two");
    assertThat(PageText.breakBeforeBullets("2019–2021 and a pause – then more")).isEqualTo("2019–2021 and a pause – then more");
  }
}
