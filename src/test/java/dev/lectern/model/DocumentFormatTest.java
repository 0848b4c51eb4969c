package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentFormatTest {

  @Test
  void extensionsMapToLabelsCaseInsensitively() {
    assertThat(DocumentFormat.ofFileName("talk.PDF")).contains(DocumentFormat.PDF);
    assertThat(DocumentFormat.ofFileName("2016/06/deck.final.pptx")).contains(DocumentFormat.PPTX);
    assertThat(DocumentFormat.ofFileName("macro.pptm").map(DocumentFormat::label)).contains("pptx");
    assertThat(DocumentFormat.ofFileName("show.ppsx").map(DocumentFormat::label)).contains("ppsx");
    assertThat(DocumentFormat.ofFileName("README.markdown").map(DocumentFormat::label)).contains("md");
    assertThat(DocumentFormat.ofFileName("index.htm").map(DocumentFormat::label)).contains("html");
    assertThat(DocumentFormat.ofFileName("webrtc开发快速指南 _lianxiang.key")).contains(DocumentFormat.KEY);
  }

  @Test
  void filesThatAreNotTalkDocumentsHaveNoFormat() {
    assertThat(DocumentFormat.ofFileName("talk.json")).isEmpty();
    assertThat(DocumentFormat.ofFileName("photo.jpg")).isEmpty();
    assertThat(DocumentFormat.ofFileName("empty")).isEmpty();
    assertThat(DocumentFormat.ofFileName(".pdf")).isEmpty();
    assertThat(DocumentFormat.ofFileName("trailing.")).isEmpty();
    assertThat(DocumentFormat.ofFileName(null)).isEmpty();
  }

  @Test
  void decksAreSplitIntoPagesAndNotesDocumentsAreNot() {
    assertThat(DocumentFormat.values()).filteredOn(DocumentFormat::isDeck)
        .extracting(DocumentFormat::label).containsExactly("pdf", "pptx", "ppsx", "ppt", "odp", "key");
    assertThat(DocumentFormat.values()).filteredOn(f -> !f.isDeck())
        .extracting(DocumentFormat::label).containsExactly("md", "html", "txt", "docx");
  }

  @Test
  void labelsRoundTrip() {
    for (DocumentFormat format : DocumentFormat.values()) {
      assertThat(DocumentFormat.ofLabel(format.label())).contains(format);
    }
  }
}
