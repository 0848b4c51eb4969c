package dev.lectern.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.DocumentFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content decides the format; the name only refines text. Real files, real Tika. */
class FormatDetectorTest {
  private static final Path SAMPLE = Path.of("ingest/2024-08-15-pytorch-shanghai");
  @TempDir Path dir;
  private final FormatDetector detector = new FormatDetector();

  private Optional<DocumentFormat> detect(Path file, String name) throws Exception {
    return detector.detect(file, name).format();
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void sampleDecksAreDetectedWhateverTheyAreCalled() throws Exception {
    assertThat(detect(SAMPLE.resolve("01-pytorch-foundation-updates/pytorch-foundation-updates.pdf"), "x.txt"))
        .contains(DocumentFormat.PDF);
    assertThat(detect(SAMPLE.resolve("03-ascend-multi-backend/ascend-multi-backend.pptx"), "x.pdf"))
        .contains(DocumentFormat.PPTX);
    assertThat(detect(SAMPLE.resolve("02-intel-pytorch-journey/intel-pytorch-journey.odp"), "upload"))
        .contains(DocumentFormat.ODP);
    assertThat(detect(SAMPLE.resolve("05-privateuse1-evolution/notes.md"), "notes.md")).contains(DocumentFormat.MD);
  }

  @Test
  void executablesAndImagesAreNotDecksWhateverTheirName() throws Exception {
    Path elf = write("deck.pdf", Files.readAllBytes(Path.of("/bin/true").toRealPath()));
    Path svg = write("deck2.pdf", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".getBytes(StandardCharsets.UTF_8));
    assertThat(detect(elf, "deck.pdf")).isEmpty();
    assertThat(detect(svg, "deck.pdf")).isEmpty();
  }

  @Test
  void textNamedAsADeckIsText() throws Exception {
    Path text = write("fake.pdf", "just words, no PDF".getBytes(StandardCharsets.UTF_8));
    assertThat(detect(text, "fake.pdf")).contains(DocumentFormat.TXT);
  }

  @Test
  void textNeedsANameFromTheListOfFormats() throws Exception {
    Path output = write("run.out", "lines of program output".getBytes(StandardCharsets.UTF_8));
    assertThat(detect(output, "run.out")).isEmpty();
    assertThat(detect(output, "run")).isEmpty();
    assertThat(detect(output, "run.log")).isEmpty();
    assertThat(detect(output, "run.txt")).contains(DocumentFormat.TXT);
    assertThat(detect(output, "RUN.MARKDOWN")).contains(DocumentFormat.MD);
    assertThat(detect(SAMPLE.resolve("02-intel-pytorch-journey/intel-pytorch-journey.odp"), "deck.out"))
        .as("a deck is a deck by its content, whatever its name").contains(DocumentFormat.ODP);
  }
}
