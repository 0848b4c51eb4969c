package dev.lectern.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TalkLanguageTest {
  private static final String CODE = """
      CREATE TABLE otter_sightings (id BIGINT PRIMARY KEY, kelp_bed VARCHAR(64));
      INSERT INTO otter_sightings VALUES (1, 'north'), (2, 'south');
      func countOtters(beds []KelpBed) int {
          for _, bed := range beds { total += bed.Otters }
          return total
      }
      SELECT kelp_bed, COUNT(*) FROM otter_sightings GROUP BY kelp_bed;
      KelpDB Cluster
      OtterKV OtterKV OtterKV
      Sighting Service
      """;

  @Test
  void aCodeHeavyDeckWithChineseProseIsChinese() {
    String prose = "海獭数据库的设计\n为什么要把海藻床和海獭放在同一个事务里\n查询性能对比";
    assertThat(TalkLanguage.of(List.of(""), List.of(prose, CODE, CODE), "海獭与海藻")).isEqualTo("zh");
  }

  @Test
  void anEnglishDeckFullOfCodeStaysEnglish() {
    String prose = "Why we keep otters and kelp beds in one transaction\nEvery sighting is written once and read many times";
    assertThat(TalkLanguage.of(List.of(""), List.of(prose, CODE, CODE), "Otters in one transaction")).isEqualTo("en");
  }

  @Test
  void anEnglishDeckWithAChineseNameAndACodeSampleStaysEnglish() {
    String slide = "Counting otters at scale\n王小明\nWe count every otter in the bay each spring and autumn";
    assertThat(TalkLanguage.of(List.of(""), List.of(slide, CODE), "Counting otters at scale")).isEqualTo("en");
  }

  @Test
  void aToolsDefaultLanguagePropertyDoesNotOutweighChineseText() {
    assertThat(TalkLanguage.of(List.of("en-US"), List.of("海獭数据库的设计与实现\n查询性能对比"), "")).isEqualTo("zh");
    assertThat(TalkLanguage.of(List.of("ja-JP"), List.of("海獭数据库の設計"), "")).as("which Han language").isEqualTo("ja");
    assertThat(TalkLanguage.of(List.of("de-DE"), List.of("Otter zählen im Kelpwald"), "")).isEqualTo("de");
    assertThat(TalkLanguage.of(List.of("zh-CN"), List.of("Counting otters in the kelp forest every spring"), ""))
        .as("an English deck written on a Chinese system").isEqualTo("en");
  }

  @Test
  void textThatLostItsHanGlyphsTakesItsTitlesLanguage() {
    String lost = "KELP\n1.\n2. kelp\n“ ” MVC(VM)\nAction Store View";
    assertThat(TalkLanguage.of(List.of(""), List.of(lost), "基于KELP架构的项目开发")).isEqualTo("zh");
    assertThat(TalkLanguage.of(List.of(""), List.of(lost), "Kelp architecture")).isEqualTo("en");
    assertThat(TalkLanguage.of(List.of(""), List.of(""), "")).isEmpty();
  }

  @Test
  void proseIsSentencesAndBulletsNotCodeOrLabels() {
    assertThat(TalkLanguage.letters("We count every otter twice").prose()).isEqualTo(22);
    assertThat(TalkLanguage.letters("if err != nil { return err }").prose()).isZero();
    assertThat(TalkLanguage.letters("KelpDB OtterKV SELECT").prose()).isZero();
    assertThat(TalkLanguage.letters("Sighting Service").prose()).as("a label, not a sentence").isZero();
  }
}
