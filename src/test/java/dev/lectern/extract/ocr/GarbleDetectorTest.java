package dev.lectern.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GarbleDetectorTest {
  private final GarbleDetector detector = new GarbleDetector();

  @Test
  void glyphsMappedToConsecutiveCodePointsAreGarbled() {
    GarbleScore score = detector.score("!\"#$%&'()*+,\n!\"#$%&'()\n!\"#$");
    assertThat(score.garbled()).isTrue();
    assertThat(score.reasons(false)).singleElement().asString().contains("consecutive code points");
  }

  @Test
  void ordinaryEnglishChineseAndCodeAreClean() {
    assertThat(detector.score("Predictable code\nfor x in … { if x.abc < 0 { … } if foo(x.xyz) { … }}").garbled())
        .isFalse();
    assertThat(detector.score("飞桨框架近期开源贡献进展：动态图、静态图与编译器的统一").garbled()).isFalse();
    assertThat(detector.score("Goroutine 调度器的实现：GMP 模型，抢占式调度与网络轮询器").garbled()).isFalse();
    assertThat(detector.score("plan1 First steps").garbled()).isFalse();
  }

  @Test
  void traditionalChineseIsCleanBecauseBig5CoversIt() {
    // GB2312 alone rejects most of these; Big5 has them.
    assertThat(detector.score("開發者體驗與網際網路應用程式的部署與監控").garbled()).isFalse();
  }

  @Test
  void hanOutsideGb2312AndBig5IsGarbled() {
    // CJK Extension B characters: no Chinese charset of a real deck encodes them.
    GarbleScore score = detector.score("𠀀𠀁𠀂𠀃𠀄 and 𠀅𠀆𠀇𠀈");
    assertThat(score.reasons(false)).anySatisfy(r -> assertThat(r).contains("outside GB2312 and Big5"));
  }

  @Test
  void privateUseAndReplacementCharactersAreGarbled() {
    assertThat(detector.score("\uE001\uE002 \uE010\uE011 \uE020\uFFFD\uE021 ab").reasons(false))
        .anySatisfy(r -> assertThat(r).contains("private-use"));
  }

  @Test
  void utf8ReadAsLatin1IsGarbled() {
    String mojibake = new String("编译器的实现与优化 café".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(detector.score(mojibake).reasons(false)).anySatisfy(r -> assertThat(r).contains("UTF-8 read as Latin-1"));
    assertThat(detector.score("Café crème, São Paulo, Zürich, naïve résumé").garbled()).isFalse();
  }

  @Test
  void aChineseNamedDeckWithoutHanIsHeldToALowerBar() {
    // 9 of 40 adjacent pairs are consecutive: 0.225, between the two bars
    String text = "ab cd ef gh ij kl mn op qr " + "zq".repeat(16);
    assertThat(detector.score(text).garbled(false)).isFalse();
    assertThat(GarbleDetector.suspectDeck("飞桨框架.pdf", "", List.of(text))).isTrue();
    assertThat(GarbleDetector.suspectDeck("飞桨框架.pdf", "", List.of("飞桨 " + text))).isFalse();
    assertThat(detector.score(text).garbled(true)).isTrue();
  }
}
