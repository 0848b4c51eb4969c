package dev.lectern.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Speaker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's speakers.json names people once for every talk: aliases, and a default affiliation. */
class SpeakerDirectoryTest {
  private static final String SPEAKERS = """
      {"speakers": [
        {"name": "李晓东", "aliases": ["Xiaodong Li", "xdli"], "affiliation": "Example Labs"},
        {"name": "Andrea Küng", "aliases": "akueng"}
      ]}""";

  @TempDir Path root;

  @Test
  void aNameOrAliasBecomesThePersonWithTheOtherNamesAsAliases() throws IOException {
    SpeakerDirectory people = scan().speakers();
    List<Speaker> applied = people.apply(List.of(new Speaker("XDLI", ""), new Speaker("Andrea Kueng", "Zurich U"),
        new Speaker("Someone Else", "")));
    assertThat(applied).extracting(Speaker::name).containsExactly("李晓东", "Andrea Küng", "Someone Else");
    assertThat(applied.get(0).affiliation()).as("the archive's affiliation when the talk gives none")
        .isEqualTo("Example Labs");
    assertThat(applied.get(0).aliases()).contains("XDLI", "Xiaodong Li");
    assertThat(applied.get(1).affiliation()).as("a talk's own affiliation wins").isEqualTo("Zurich U");
  }

  @Test
  void twoSpeakersOfOneTalkThatAreOnePersonAreOne() throws IOException {
    List<Speaker> applied = scan().speakers().apply(List.of(new Speaker("Xiaodong Li", ""), new Speaker("李晓东", "")));
    assertThat(applied).singleElement().extracting(Speaker::name).isEqualTo("李晓东");
  }

  @Test
  void editingSpeakersJsonChangesEveryTalksDigestAndABrokenOneIsReported() throws IOException {
    String before = scan().talks().get(0).metadataDigest();
    Files.writeString(root.resolve("speakers.json"), SPEAKERS.replace("Example Labs", "Other Labs"));
    assertThat(new ArchiveScanner(root).scan().talks().get(0).metadataDigest()).isNotEqualTo(before);
    Files.writeString(root.resolve("speakers.json"), "{\"speakers\": [{\"aliases\": [\"x\"]}]}");
    ArchiveSnapshot broken = new ArchiveScanner(root).scan();
    assertThat(broken.problems()).singleElement().asString().contains("speakers.json").contains("name");
    assertThat(broken.talks()).hasSize(1);
  }

  private ArchiveSnapshot scan() throws IOException {
    Path deck = root.resolve("2024-05-01-meetup/deck.md");
    Files.createDirectories(deck.getParent());
    Files.writeString(deck, "# Deck", StandardCharsets.UTF_8);
    if (!Files.exists(root.resolve("speakers.json"))) {
      Files.writeString(root.resolve("speakers.json"), SPEAKERS);
    }
    return new ArchiveScanner(root).scan();
  }
}
