package dev.lectern.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.lectern.embed.NativeLibraries;
import dev.lectern.embed.SlideEncoder;
import dev.lectern.embed.SlideInput;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Embedding throughput on real slide text: the model run one slide at a time (what a plain
 * langchain4j {@code embed(text)} loop does) against length-sorted batches, with one and two ONNX
 * intra-op threads and several token caps. Slides per CPU-second is the per-core figure: it does not
 * depend on how many cores the other engineers' jobs leave free. Prints numbers, asserts nothing.
 */
final class EmbedBench {
  private final Report report;
  private final Path nativeFolder;

  EmbedBench(Report report, Path nativeFolder) {
    this.report = report;
    this.nativeFolder = nativeFolder;
  }

  void run(List<SourcePages.SourcePage> pages, int sample) {
    new NativeLibraries(nativeFolder).prepare();
    List<String> texts = new ArrayList<>();
    int step = Math.max(1, pages.size() / sample);
    for (int i = 0; i < pages.size() && texts.size() < sample; i += step) {
      SourcePages.SourcePage page = pages.get(i);
      String deck = page.file().isEmpty() ? "" : Path.of(page.file()).getFileName().toString().replaceFirst("\\.[^.]+$", "");
      texts.add(SlideInput.of(deck, page.text(), page.notes()));
    }
    StringBuilder table = new StringBuilder("| way | intra-op threads | token cap | slides | wall s | CPU s "
        + "| slides/s | slides per CPU-s (per core) | load |\n|---|---|---|---|---|---|---|---|---|\n");
    for (int threads : List.of(1, 2)) {
      table.append(row("one at a time", texts, threads, SlideEncoder.DEFAULT_MAX_TOKENS, false));
      table.append(row("length-sorted batches", texts, threads, SlideEncoder.DEFAULT_MAX_TOKENS, true));
    }
    for (int cap : List.of(128, 512)) {
      table.append(row("length-sorted batches", texts, 1, cap, true));
    }
    report.section("Embedding throughput (bge-small-zh int8, " + texts.size() + " real slides)", table
        + "\nA slide's text is its deck's file name (none when read from an extraction cache), the slide text and its"
        + " notes, as the embedding pass builds it (with the talk title). `one at a time` runs one ONNX session call per slide; `length-sorted batches`"
        + " is what the embedding pass does. Model load time is not counted.\n");
  }

  private String row(String way, List<String> texts, int threads, int cap, boolean batched) {
    try (SlideEncoder encoder = SlideEncoder.load(threads, cap)) {
      encoder.embedAll(texts.subList(0, Math.min(8, texts.size()))); // warm-up: first runs allocate
      long cpu = cpuNanos();
      long start = System.nanoTime();
      if (batched) {
        encoder.embedAll(texts);
      } else {
        for (String text : texts) {
          encoder.embed(text);
        }
      }
      double wall = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (cpuNanos() - cpu) / 1e9;
      return String.format("| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %s |%n", way, threads, cap,
          texts.size(), wall, cpuSeconds, texts.size() / wall, texts.size() / cpuSeconds, Machine.load());
    }
  }

  private static long cpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
