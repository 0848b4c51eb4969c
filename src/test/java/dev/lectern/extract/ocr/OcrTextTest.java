package dev.lectern.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrTextTest {

  @Test
  void spacesBetweenHanCharactersGoAndOthersStay() {
    assertThat(OcrText.clean("飞 桨 框 架 近 期 开 源\nPaddle 2.3 发 布 ， 支 持 GPU\f"))
        .isEqualTo("飞桨框架近期开源\nPaddle 2.3 发布，支持 GPU");
  }

  @Test
  void blankOutputIsEmpty() {
    assertThat(OcrText.clean(" \n\f")).isEmpty();
  }

  @Test
  void recognisedLinesAlreadyInTheTextLayerAreNotRepeated() {
    assertThat(PageOcr.withoutRepeats("Profiling", "Profiling\nperf record -g ./server"))
        .isEqualTo("Profiling\nperf record -g ./server");
  }
}
