package dev.lectern.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadNameTest {
  private static final List<String> PDF = List.of("pdf");
  private static final List<String> PPTX = List.of("pptx", "pptm");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "../../x.pdf | x.pdf",
      "/etc/x.pdf | x.pdf",
      "..\\..\\x.pdf | x.pdf",
      "a.pdf%00.exe | a.pdf_00.exe.pdf",
      "deck.exe | deck.exe.pdf",
      ".hidden.pdf | hidden.pdf",
      "..pdf | pdf.pdf",
      "'' | upload.pdf",
      "slides.PDF | slides.pdf",
      "C:\\Users\\me\\talk.pdf | talk.pdf",
      "what?.pdf | what_.pdf",
  })
  void namesLoseFoldersAndGainTheDetectedExtension(String raw, String stored) {
    assertThat(UploadName.of(raw, PDF)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"evil\u202Egpj.pdf", "evil\u2066x\u2069.pdf", "tab\there.pdf", "nul\u0000.exe"})
  void controlAndBidiCharactersAreDropped(String raw) {
    String stored = UploadName.of(raw, PDF);
    assertThat(stored).endsWith(".pdf");
    assertThat(stored.codePoints()).noneMatch(cp -> Character.getType(cp) == Character.FORMAT
        || Character.getType(cp) == Character.CONTROL);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"deck.pptm", "deck.pptx"})
  void anExtensionOfTheDetectedFormatIsKept(String raw) {
    assertThat(UploadName.of(raw, PPTX)).isEqualTo(raw);
  }

  @org.junit.jupiter.api.Test
  void longNamesAreCutKeepingTheExtension() {
    String stored = UploadName.of("昇".repeat(500) + ".pdf", PDF);
    assertThat(stored).endsWith(".pdf");
    assertThat(stored.codePointCount(0, stored.length())).isEqualTo(UploadName.MAX_LENGTH);
  }
}
