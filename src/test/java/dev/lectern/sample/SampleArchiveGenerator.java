package dev.lectern.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.model.Meetup;
import dev.lectern.model.Speaker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes Lectern's sample archive: the PyTorch Shanghai Meetup with five talks as PDF, PPTX and ODP
 * decks plus their metadata JSON. The output is deterministic, so regenerating changes no bytes
 * unless the content changed. Usage: {@code SampleArchiveGenerator [output folder, default ingest]}.
 */
public final class SampleArchiveGenerator {

  private static final Map<String, DeckWriter> WRITERS = Map.of(
      "pdf", new PdfDeckWriter(), "pptx", new PptxDeckWriter(), "odp", new OdpDeckWriter());

  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectWriter json = mapper.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "ingest");
    Path meetupFolder = new SampleArchiveGenerator().generate(root);
    System.out.println("Sample archive written to " + meetupFolder.toAbsolutePath());
  }

  /** Writes the sample meetup under {@code root} and returns its folder. */
  public Path generate(Path root) throws IOException {
    Meetup meetup = PyTorchShanghai2024.meetup();
    Path folder = Files.createDirectories(root.resolve(meetup.folder()));
    writeJson(folder.resolve("meetup.json"), meetupJson(meetup));
    for (SampleTalk talk : PyTorchShanghai2024.talks()) {
      Path talkFolder = Files.createDirectories(folder.resolve(talk.folder()));
      writeJson(talkFolder.resolve("talk.json"), talkJson(talk));
      writerFor(talk.deckFile()).write(talk.deck(), talkFolder.resolve(talk.deckFile()));
      for (Map.Entry<String, String> extra : new TreeMap<>(talk.extraFiles()).entrySet()) {
        Files.writeString(talkFolder.resolve(extra.getKey()), extra.getValue(), UTF_8);
      }
    }
    return folder;
  }

  private static DeckWriter writerFor(String fileName) {
    String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
    DeckWriter writer = WRITERS.get(extension);
    if (writer == null) {
      throw new IllegalArgumentException("no deck writer for " + fileName);
    }
    return writer;
  }

  private ObjectNode meetupJson(Meetup meetup) {
    ObjectNode node = mapper.createObjectNode()
        .put("title", meetup.title())
        .put("date", meetup.date())
        .put("city", meetup.city())
        .put("venue", meetup.venue());
    meetup.organizers().forEach(node.putArray("organizers")::add);
    node.put("url", meetup.url()).put("description", meetup.description());
    meetup.tags().forEach(node.putArray("tags")::add);
    return node;
  }

  private ObjectNode talkJson(SampleTalk talk) {
    ObjectNode node = mapper.createObjectNode().put("title", talk.title());
    ArrayNode speakers = node.putArray("speakers");
    for (Speaker speaker : talk.speakers()) {
      speakers.addObject().put("name", speaker.name()).put("affiliation", speaker.affiliation());
    }
    node.put("abstract", talk.abstractText());
    talk.tags().forEach(node.putArray("tags")::add);
    return node.put("language", talk.language()).put("video", "").put("slides", "");
  }

  private void writeJson(Path file, ObjectNode node) throws IOException {
    Files.writeString(file, json.writeValueAsString(node) + "\n", UTF_8);
  }
}
