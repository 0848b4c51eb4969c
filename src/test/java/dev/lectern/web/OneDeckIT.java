package dev.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.sample.OdpDeckWriter;
import dev.lectern.sample.PdfDeckWriter;
import dev.lectern.sample.PptxDeckWriter;
import dev.lectern.sample.SampleDeck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One deck, one set of slides, over real HTTP: a deck saved beside its PDF export shows each slide
 * once in search results and on the talk page, whether the two share a name (ODP and PDF) or not
 * (PPTX and a PDF named otherwise, joined into one talk by their slides); both files stay
 * downloadable, a shared page lists both, and a deck that only shares a closing slide stays apart.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OneDeckIT {
  private static final String MEETUP = "2024-05-01-numbat-night";
  private static SampleArchiveServer server;

  private static final String BURROWS = """
      # Numbat burrows in the wheatbelt
      - Shallow burrows dug under fallen logs of wandoo woodland
      - Nesting chambers lined with shredded bark and grass
      # Termite foraging by daylight
      - A numbat eats twenty thousand termites on a warm day
      - Its tongue reaches into galleries below the soil surface
      # Predators and protection
      - Foxes and feral cats took most of the remaining colonies
      - Baiting programmes let populations recover since 1985
      # Thanks for listening
      - Questions welcome
      """;

  private static final String STRIPES = """
      # Stripes break the outline
      - White bands confuse predators in dappled morning light
      - Each animal carries its own pattern of stripes
      # Thanks for listening
      - Questions welcome
      """;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    Path meetup = dir.resolve("archive").resolve(MEETUP);
    Files.createDirectories(meetup);
    SampleDeck burrows = SampleDeck.fromOutline("Numbat burrows", "Ada Quoll", BURROWS);
    new PptxDeckWriter().write(withNotes(burrows), meetup.resolve("numbat-burrows.pptx"));
    new PdfDeckWriter().write(burrows, meetup.resolve("Burrows talk (final export).pdf"));
    SampleDeck stripes = SampleDeck.fromOutline("Stripes", "Bo Dunnart", STRIPES);
    new OdpDeckWriter().write(stripes, meetup.resolve("stripes.odp"));
    new PdfDeckWriter().write(stripes, meetup.resolve("stripes.pdf"));
    SampleDeck other = SampleDeck.fromOutline("Quenda", "Cy Bilby", """
        # Quenda dig for truffles
        - Bandicoots turn over soil while looking for fungi
        # Thanks for listening
        - Questions welcome
        """);
    new PdfDeckWriter().write(other, meetup.resolve("quenda.pdf"));
    server = new SampleArchiveServer(dir.resolve("archive"), dir.resolve("index"));
  }

  /** The same deck with speaker notes on its second slide, as the deck (not the export) keeps them. */
  private static SampleDeck withNotes(SampleDeck deck) {
    List<dev.lectern.sample.SampleSlide> slides = new ArrayList<>(deck.slides());
    var second = slides.get(1);
    slides.set(1, new dev.lectern.sample.SampleSlide(second.heading(), second.bullets(), "Mention the myrmecophagy paper"));
    return new SampleDeck(deck.title(), deck.author(), slides);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aDeckAndItsExportUnderAnotherNameAreOneTalkWithEachSlideOnce() throws Exception {
    JsonNode result = server.json(server.get("/api/search?q=" + SampleArchiveServer.encode("termites galleries")));
    assertThat(result.path("total").asLong()).as(result.toString()).isEqualTo(1);
    JsonNode hit = result.path("hits").get(0);
    JsonNode talk = hit.path("talk");
    assertThat(SampleArchiveServer.elements(talk.path("files"))).as("both files belong to the one talk").extracting(f -> f.path("path").asText())
        .containsExactlyInAnyOrder(MEETUP + "/numbat-burrows.pptx", MEETUP + "/Burrows talk (final export).pdf");
    assertThat(SampleArchiveServer.elements(hit.path("pages"))).as("the termite slide is found once, not once per file: " + hit)
        .hasSize(1);

    JsonNode page = server.json(server.get("/api/talks/" + talk.path("id").asText()));
    List<JsonNode> pages = SampleArchiveServer.elements(page.path("pages"));
    assertThat(pages).as("four slides, each once: " + page.path("pages")).hasSize(4);
    int pdf = fileNumber(page, ".pdf");
    int pptx = fileNumber(page, ".pptx");
    JsonNode termites = pages.get(1);
    assertThat(termites.path("file").asInt()).as("images from the PDF, drawn as exported").isEqualTo(pdf);
    assertThat(termites.path("notes").asText()).as("notes from the deck").contains("myrmecophagy");
    assertThat(SampleArchiveServer.elements(termites.path("appearsIn"))).extracting(w -> w.path("file").asInt() + ":" + w.path("number").asInt())
        .containsExactlyInAnyOrder(pdf + ":2", pptx + ":2");
    for (int n = 1; n <= 2; n++) {
      assertThat(server.getBytes("/api/talks/" + talk.path("id").asText() + "/files/" + n).statusCode())
          .as("file %d downloads", n).isEqualTo(200);
    }
  }

  @Test
  void aDeckAndItsExportUnderTheSameNameShowEachSlideOnce() throws Exception {
    JsonNode result = server.json(server.get("/api/search?q=" + SampleArchiveServer.encode("dappled outline")));
    assertThat(result.path("total").asLong()).as(result.toString()).isEqualTo(1);
    JsonNode hit = result.path("hits").get(0);
    assertThat(SampleArchiveServer.elements(hit.path("pages"))).as(hit.toString()).hasSize(1);
    JsonNode talk = server.json(server.get("/api/talks/" + hit.path("talk").path("id").asText()));
    assertThat(SampleArchiveServer.elements(talk.path("files"))).hasSize(2);
    assertThat(SampleArchiveServer.elements(talk.path("pages"))).as(talk.path("pages").toString()).hasSize(2)
        .allSatisfy(p -> assertThat(p.path("appearsIn")).hasSize(2));
  }

  @Test
  void aSharedSlideIsFoundByTheFormatOfEitherFile() throws Exception {
    for (String format : new String[] {"odp", "pdf"}) {
      JsonNode result = server.json(server.get("/api/search?q=" + SampleArchiveServer.encode("dappled format:" + format)));
      assertThat(result.path("total").asLong()).as("format:%s %s", format, result).isEqualTo(1);
    }
  }

  @Test
  void aDeckSharingOnlyItsClosingSlideStaysItsOwnTalk() throws Exception {
    JsonNode result = server.json(server.get("/api/search?q=" + SampleArchiveServer.encode("questions welcome")));
    assertThat(SampleArchiveServer.elements(result.path("hits"))).as(result.toString()).hasSize(3)
        .allSatisfy(h -> assertThat(h.path("pages")).hasSize(1));
    JsonNode quenda = server.json(server.get("/api/search?q=truffles")).path("hits").get(0);
    assertThat(quenda.path("talk").path("files")).hasSize(1);
  }

  private static int fileNumber(JsonNode talk, String suffix) {
    List<JsonNode> files = SampleArchiveServer.elements(talk.path("files"));
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i).path("path").asText().endsWith(suffix)) {
        return i + 1;
      }
    }
    throw new AssertionError("no " + suffix + " in " + talk.path("files"));
  }
}
