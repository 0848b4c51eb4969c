package dev.lectern.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.SAXException;

/** Checks the committed sample archive in {@code ingest/} with real Jackson and real Tika. */
class SampleArchiveTest {

  private static final Path ARCHIVE = Path.of("ingest");
  private static final Path MEETUP = ARCHIVE.resolve("2024-08-15-pytorch-shanghai");
  private static final Pattern NOTES = Pattern.compile(
      "<div class=\"slide-notes\">(.*?)</div>", Pattern.DOTALL);

  private final ObjectMapper mapper = new ObjectMapper();
  private final AutoDetectParser parser = new AutoDetectParser();

  @Test
  void meetupHasFiveTalkFolders() throws IOException {
    assertThat(talkFolders()).extracting(folder -> folder.getFileName().toString()).containsExactly(
        "01-pytorch-foundation-updates", "02-intel-pytorch-journey", "03-ascend-multi-backend",
        "04-intel-xpu-inductor", "05-privateuse1-evolution");
  }

  @Test
  void everyFileIsUnder200Kilobytes() throws IOException {
    try (Stream<Path> files = Files.walk(ARCHIVE)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.size(file)).as("size of %s", file).isLessThan(200 * 1024);
      }
    }
  }

  @Test
  void meetupJsonNamesTheMeetup() throws IOException {
    JsonNode meetup = mapper.readTree(MEETUP.resolve("meetup.json").toFile());
    assertThat(meetup.path("title").asText()).isEqualTo("PyTorch Shanghai Meetup");
    assertThat(meetup.path("date").asText()).isEqualTo("2024-08-15");
    assertThat(meetup.path("city").asText()).isEqualTo("Shanghai");
    assertThat(meetup.path("tags")).isNotEmpty();
  }

  @Test
  void everyTalkJsonHasTitleSpeakersAndAbstract() throws IOException {
    for (Path folder : talkFolders()) {
      JsonNode talk = mapper.readTree(folder.resolve("talk.json").toFile());
      assertThat(talk.path("title").asText()).as("title in %s", folder).isNotBlank();
      assertThat(talk.path("abstract").asText()).as("abstract in %s", folder).isNotBlank();
      assertThat(talk.path("language").asText()).as("language in %s", folder).isIn("en", "zh");
      assertThat(talk.path("speakers")).as("speakers in %s", folder).isNotEmpty();
      for (JsonNode speaker : talk.path("speakers")) {
        assertThat(speaker.path("name").asText()).as("speaker in %s", folder).isNotBlank();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      01-pytorch-foundation-updates/pytorch-foundation-updates.pdf | Fred Li    | PyTorch Foundation;Governing Board;Linux Foundation
      02-intel-pytorch-journey/intel-pytorch-journey.odp           | Jiong Gong | Xeon;oneDNN;AMX
      03-ascend-multi-backend/ascend-multi-backend.pptx            | Fengchun Hua | Ascend;昇腾;异构计算架构 CANN;torch_npu;PyTorch 中文社区
      04-intel-xpu-inductor/intel-xpu-inductor.pdf                 | Eikan Wang | Inductor;Triton;SYCL;oneAPI
      05-privateuse1-evolution/privateuse1-evolution.pptx          | Jiawei Li  | PrivateUse1;c10::DispatchKey::PrivateUse1;torch.utils.rename_privateuse1_backend;aten::add
      """)
  void deckExtractsWithItsKeyTermsAndAuthor(String deck, String author, String terms)
      throws Exception {
    Metadata metadata = new Metadata();
    String text = extract(MEETUP.resolve(deck), new BodyContentHandler(-1), metadata);
    assertThat(text).as("text of %s", deck).contains(terms.split(";"));
    assertThat(text).as("text of %s", deck).doesNotContain("\uFFFD");
    assertThat(metadata.get(TikaCoreProperties.TITLE)).as("title of %s", deck).isNotBlank();
    assertThat(metadata.get(TikaCoreProperties.CREATOR)).as("author of %s", deck).contains(author);
  }

  @Test
  void pptxNotesCarryWordsThatNoSlideShows() throws Exception {
    assertNotesOnly("05-privateuse1-evolution/privateuse1-evolution.pptx", "autoload", "hijacking");
    assertNotesOnly("03-ascend-multi-backend/ascend-multi-backend.pptx",
        "rename_privateuse1_backend", "pyproject.toml");
  }

  @Test
  void committedArchiveMatchesTheGenerator(@TempDir Path temp) throws Exception {
    Path generated = new SampleArchiveGenerator().generate(temp);
    List<Path> committed = relativeFiles(MEETUP);
    assertThat(relativeFiles(generated)).isEqualTo(committed);
    for (Path file : committed) {
      Path expected = generated.resolve(file);
      Path actual = MEETUP.resolve(file);
      String name = file.getFileName().toString();
      if (name.endsWith(".json") || name.endsWith(".md")) {
        assertThat(actual).as("regenerate the sample archive").hasSameTextualContentAs(expected);
      } else {
        // Deflate output may differ between zlib builds, so decks are compared by their text.
        assertThat(extract(actual, new BodyContentHandler(-1), new Metadata()))
            .as("text of %s; regenerate the sample archive", file)
            .isEqualTo(extract(expected, new BodyContentHandler(-1), new Metadata()));
      }
    }
  }

  private void assertNotesOnly(String deck, String... words) throws Exception {
    String xhtml = extract(MEETUP.resolve(deck), new ToXMLContentHandler(), new Metadata());
    StringBuilder notes = new StringBuilder();
    Matcher matcher = NOTES.matcher(xhtml);
    while (matcher.find()) {
      notes.append(matcher.group(1));
    }
    String slides = NOTES.matcher(xhtml).replaceAll("");
    assertThat(notes.toString()).as("notes of %s", deck).contains(words);
    assertThat(slides).as("slides of %s without notes", deck).doesNotContain(words);
  }

  private String extract(Path file, org.xml.sax.ContentHandler handler, Metadata metadata)
      throws IOException, SAXException, TikaException {
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, metadata, new ParseContext());
    }
    return handler.toString();
  }

  private static List<Path> talkFolders() throws IOException {
    try (Stream<Path> children = Files.list(MEETUP)) {
      return children.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<Path> relativeFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).map(root::relativize).sorted().forEach(files::add);
    }
    return files;
  }
}
