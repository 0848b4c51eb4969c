package dev.lectern.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {
  @Test
  void theBuiltInGlossaryExpandsAndNoneDoesNot() {
    assertThat(new Glossary(null).equivalents("Inductor")).contains("Inductor").hasSizeGreaterThan(1);
    assertThat(Glossary.none().equivalents("Inductor")).containsExactly("Inductor");
  }

  /** How far a query looks ahead for a glossary term: the built-in terms' words, then the archive's as it is edited. */
  @Test
  void theLongestTermFollowsTheArchivesFile(@TempDir Path dir) throws Exception {
    int builtIn = new Glossary(null).longestTerm();
    assertThat(builtIn).isGreaterThan(1);
    Path file = dir.resolve("glossary.txt");
    Files.writeString(file, "k8s, kubernetes\n");
    Glossary glossary = new Glossary(file);
    assertThat(glossary.longestTerm()).isEqualTo(builtIn);
    String longer = String.join(" ", java.util.Collections.nCopies(builtIn + 2, "word"));
    Files.writeString(file, "k8s, kubernetes\nshort, " + longer + "\n");
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    // The file is looked at about once a second.
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (glossary.longestTerm() == builtIn && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(glossary.longestTerm()).isEqualTo(builtIn + 2);
    assertThat(glossary.equivalents(longer)).contains("short");
  }

  @Test
  void traditionalHanStillFoldsToSimplified() {
    assertThat(Glossary.normalize("機器學習")).isEqualTo("机器学习");
    assertThat(Glossary.normalize("  垃圾   回收 ")).isEqualTo("垃圾 回收");
  }

  /**
   * Normalising skips the conversion for text with no character it may change: every Han character
   * outside that set converts to itself, alone and in runs with its neighbours.
   */
  @Test
  void hanTextWithNothingConvertibleIsWhatTheConversionGives() {
    Transliterator convert = Transliterator.getInstance("Traditional-Simplified");
    assertThat(SimplifiedChinese.mayChange("體")).isTrue();
    assertThat(SimplifiedChinese.mayChange("garbage collection")).isFalse();
    List<String> unchanged = new ArrayList<>();
    for (int c = 0; c <= 0x3FFFF; c++) {
      if (Character.isValidCodePoint(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
          && !SimplifiedChinese.mayChange(new String(Character.toChars(c)))) {
        String one = new String(Character.toChars(c));
        assertThat(convert.transliterate(one)).as("U+%04X", c).isEqualTo(one);
        unchanged.add(one);
      }
    }
    assertThat(unchanged).hasSizeGreaterThan(10_000);
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder run = new StringBuilder();
      for (int n = 2 + random.nextInt(4); n > 0; n--) {
        run.append(unchanged.get(random.nextInt(unchanged.size())));
      }
      String text = run.toString();
      String mixed = text + " " + (char) ('a' + random.nextInt(26)) + random.nextInt(100) + ".,;:()";
      assertThat(convert.transliterate(mixed)).as(mixed).isEqualTo(mixed);
      String folded = Normalizer2.getNFKCCasefoldInstance().normalize(text);
      assertThat(Glossary.normalize(text)).as(text).isEqualTo(convert.transliterate(folded).toLowerCase(Locale.ROOT));
    }
  }
}
