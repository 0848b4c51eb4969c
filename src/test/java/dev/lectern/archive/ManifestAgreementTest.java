package dev.lectern.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures how far names alone (no extraction) get us against the corpus's hand-written ground
 * truth. Speakers that appear nowhere in the path can only come from document metadata, so the
 * floor is asserted on the speakers a path could reveal; the overall rate is printed for the record.
 */
class ManifestAgreementTest {

  @Test
  void namesAloneFindMostSpeakersAndTitlesTheManifestRecords() throws IOException {
    Path corpus = Path.of(System.getProperty("lectern.corpus", "../shared/corpus"));
    Path manifest = corpus.resolve("MANIFEST.tsv");
    Assumptions.assumeTrue(Files.isRegularFile(manifest), "shared corpus not found at " + corpus + "; skipping");
    ArchiveSnapshot snapshot = new ArchiveScanner(corpus.resolve("meetups")).scan();
    TalkAssembler assembler = new TalkAssembler();

    int withSpeaker = 0, speakerFound = 0, visible = 0, visibleFound = 0, titles = 0, titleFound = 0;
    List<String> table = new ArrayList<>();
    for (String line : Files.readAllLines(manifest).subList(1, Files.readAllLines(manifest).size())) {
      String[] cols = line.split("\t", -1);
      if (!cols[0].startsWith("meetups/")) {
        continue;
      }
      String path = cols[0].substring("meetups/".length());
      ArchiveTalk found = snapshot.talks().stream().filter(t -> t.files().contains(path)).findFirst().orElseThrow();
      Talk talk = assembler.assemble(found, List.of());
      String expectedSpeaker = cols[10];
      String speakers = talk.speakers().stream().map(Speaker::name).collect(Collectors.joining(", "));
      boolean speakerOk = talk.speakers().stream().anyMatch(s -> lower(expectedSpeaker).contains(lower(s.name())));
      if (!expectedSpeaker.isBlank() && !expectedSpeaker.startsWith("(")) {
        withSpeaker++;
        speakerFound += speakerOk ? 1 : 0;
        if (visibleInPath(expectedSpeaker, path)) {
          visible++;
          visibleFound += speakerOk ? 1 : 0;
        }
      }
      titles++;
      boolean titleOk = sameTitle(talk.title(), cols[9]);
      titleFound += titleOk ? 1 : 0;
      table.add(String.format("%s %s | %-45s | %-40s | %-12s | %s", titleOk ? "T" : "-", speakerOk ? "S" : "-",
          talk.title(), cols[9], speakers, expectedSpeaker));
    }
    table.forEach(System.out::println);
    System.out.printf("speakers: %d/%d of MANIFEST speakers found; %d/%d of those visible in the path%n",
        speakerFound, withSpeaker, visibleFound, visible);
    System.out.printf("titles: %d/%d agree (case/punctuation-insensitive, containment)%n", titleFound, titles);

    assertThat(visibleFound * 100 / visible).as("speakers visible in the path that were found").isGreaterThanOrEqualTo(80);
    assertThat(titleFound * 100 / titles).as("titles agreeing with MANIFEST").isGreaterThanOrEqualTo(60);
  }

  /** Any name form the manifest gives (Chinese name, Latin alias) appears in the file or talk folder name. */
  private static boolean visibleInPath(String speaker, String path) {
    String[] parts = path.split("/");
    String nearest = parts.length > 1 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : path;
    String haystack = lower(nearest).replace('_', ' ');
    return Arrays.stream(speaker.split("[(),@]")).map(String::strip).filter(s -> s.length() >= 2)
        .anyMatch(s -> haystack.contains(lower(s)));
  }

  private static boolean sameTitle(String inferred, String expected) {
    String a = lower(inferred).replaceAll("[^\\p{L}\\p{N}]", "");
    String b = lower(expected).replaceAll("\\(.*?\\)", "").replaceAll("[^\\p{L}\\p{N}]", "");
    return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
