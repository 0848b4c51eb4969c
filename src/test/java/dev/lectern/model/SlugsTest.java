package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void slugsKeepLettersOfEveryScriptAndFoldTheRest() {
    assertThat(Slugs.of("PyTorch PrivateUse1 evolution: approaches")).isEqualTo("pytorch-privateuse1-evolution-approaches");
    assertThat(Slugs.of("手把手实现数据库_刘奇")).isEqualTo("手把手实现数据库-刘奇");
    assertThat(Slugs.of("Café  Köpf")).isEqualTo("cafe-kopf");
    assertThat(Slugs.of("../../")).isEqualTo("untitled");
  }

  @Test
  void speakerSpellingsThatDifferOnlyInCaseAndSpacingShareAnId() {
    assertThat(new Speaker("Jiawei  Li", "Huawei").id()).isEqualTo(new Speaker("jiawei li", "").id());
    assertThatThrownBy(() -> new Speaker(" ", "")).hasMessageContaining("blank");
  }

  @Test
  void partialDatesGiveTheirYear() {
    assertThat(Dates.year("2018-07")).isEqualTo(2018);
    assertThat(Dates.year("")).isZero();
    assertThat(new MeetupRef("m", "M", "2024-08-15", "Shanghai").year()).isEqualTo(2024);
  }
}
