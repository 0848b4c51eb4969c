package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An organizer logs in with a token, uploads a deck in the browser, and watches it become searchable. */
class UploadBrowserIT {
  private static final String MARKER = "Quasarflux";

  @Test
  void organizerUploadsADeckWithProgressAndSeesItsExtractionReport(@TempDir Path temp) throws Exception {
    Path deck = twoPageDeck(temp.resolve("quasarflux-scheduling.pdf"));
    try (WritableArchiveServer server = new WritableArchiveServer(temp.resolve("server"), temp.resolve("cache"), 50);
        Browser browser = Browser.open(server.base())) {
      browser.get("/upload");
      browser.waitFor("#login-form #token").sendKeys(server.token);
      browser.one("#login-form button[type=submit]").click();
      WebElement files = browser.waitFor("#upload-files");
      browser.script("arguments[0].hidden = false; arguments[0].style.display = 'block';", files);
      files.sendKeys(deck.toString());
      browser.waitFor(".upload-file");
      browser.one("#up-title").sendKeys(MARKER + " scheduling in practice");
      browser.waitUntil("meetups loaded", () -> new Select(browser.one("#up-meetup")).getOptions().stream()
          .anyMatch(o -> o.getAttribute("value").contains("pytorch-shanghai")));
      Select meetup = new Select(browser.one("#up-meetup"));
      meetup.getOptions().stream().filter(o -> o.getAttribute("value").contains("pytorch-shanghai"))
          .findFirst().ifPresent(o -> meetup.selectByValue(o.getAttribute("value")));
      browser.one("#up-speakers").sendKeys("Ada Tester (Lectern)");
      browser.screenshot("upload-form");
      // The drop zone's file input, revealed above for sendKeys, overlaps the button; submit as the button would.
      browser.script("document.getElementById('upload-form').requestSubmit();");
      browser.waitFor(".upload-progress");
      browser.waitUntil("the extraction report", () -> browser.all(".upload-report").stream()
          .anyMatch(r -> r.isDisplayed() && r.getText().contains("2")));
      browser.screenshot("upload-report");
      String report = browser.all(".upload-report").get(0).getText();
      assertThat(report).as("report text").containsIgnoringCase("ok");
      assertThat(browser.all(".error-box")).isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector(".upload-progress"))).isNotEmpty();

      JsonNode found = server.awaitSearch(MARKER, r -> r.get("total").asInt() > 0, java.time.Duration.ofSeconds(30));
      assertThat(found.get("total").asInt()).as(found.toPrettyString()).isEqualTo(1);
      assertThat(found.at("/hits/0/talk/speakers/0/name").asText()).isEqualTo("Ada Tester");
      try (var stored = Files.walk(server.archive)) {
        assertThat(stored.filter(p -> p.getFileName().toString().equals(deck.getFileName().toString())).count())
            .as("the deck lands in the archive once").isEqualTo(1);
      }
    }
  }

  private static Path twoPageDeck(Path target) throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String line : new String[] {MARKER + " scheduling in practice", "Work stealing across " + MARKER + " queues"}) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 24);
          content.newLineAtOffset(72, 700);
          content.showText(line);
          content.endText();
        }
      }
      document.save(target.toFile());
    }
    return target;
  }
}
