package dev.lectern.bench;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.sun.management.OperatingSystemMXBean;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.lectern.embed.NativeLibraries;
import dev.lectern.embed.SlideEncoder;
import dev.lectern.embed.SlideInput;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Embedding throughput on real slide text. The naive figure is langchain4j's
 * {@code BgeSmallZhV15QuantizedEmbeddingModel} as a user would call it: {@code embed(text)} once per
 * slide, with the library's defaults (its own ONNX session options and threads, its 510-token
 * windows, averaged, for a longer text). Beside it, what the embedding pass ships ({@link SlideEncoder}:
 * one run per distinct text on one intra-op thread, token cap, a worker per core), and two ways it
 * did not take (length-sorted padded batches, two spinning intra-op threads). Each way runs
 * {@code rounds} times, interleaved, so a change of load hits them alike. Slides per CPU-second is
 * the per-core figure: it does not depend on how many cores the other tenants leave free. Prints
 * numbers, asserts nothing.
 */
final class EmbedBench {
  private final Report report;
  private final Path nativeFolder;

  EmbedBench(Report report, Path nativeFolder) {
    this.report = report;
    this.nativeFolder = nativeFolder;
  }

  void run(List<SourcePages.SourcePage> pages, int sample, int rounds) throws Exception {
    new NativeLibraries(nativeFolder).prepare();
    List<String> texts = new ArrayList<>();
    int step = Math.max(1, pages.size() / sample);
    for (int i = 0; i < pages.size() && texts.size() < sample; i += step) {
      SourcePages.SourcePage page = pages.get(i);
      String deck = page.file().isEmpty() ? "" : Path.of(page.file()).getFileName().toString().replaceFirst("\\.[^.]+$", "");
      texts.add(SlideInput.of(deck, page.text(), page.notes()));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int cap = SlideEncoder.DEFAULT_MAX_TOKENS;
    List<Way> ways = List.of(
        new Way("naive: langchain4j embed(text) per slide, its defaults", "default", "none (510-token windows)",
            naive()),
        shipped("shipped: SlideEncoder, 1 worker", 1, cap),
        shipped("shipped: SlideEncoder, " + cores + " workers", cores, cap),
        shipped("shipped at another cap, 1 worker", 1, 128),
        shipped("shipped at another cap, 1 worker", 1, 512),
        new Way("length-sorted batches of 8, 1 worker", "1", String.valueOf(cap), batched(1, false, cap, 8)),
        new Way("length-sorted batches of 32, 1 worker", "1", String.valueOf(cap), batched(1, false, cap, 32)),
        new Way("one at a time, 2 spinning intra-op threads", "2 (spinning)", String.valueOf(cap),
            batched(2, true, cap, 1)));
    StringBuilder table = new StringBuilder("| way | intra-op threads | token cap | round | slides | wall s | CPU s "
        + "| slides/s | slides per CPU-s (per core) | load |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (Way way : ways) {
      way.runner.embed(texts.subList(0, Math.min(8, texts.size()))); // warm-up: first runs allocate
    }
    for (int round = 1; round <= rounds; round++) {
      for (Way way : ways) {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        way.runner.embed(texts);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        table.append(String.format("| %s | %s | %s | %d | %d | %.2f | %.2f | %.1f | %.1f | %s |%n", way.name,
            way.threads, way.cap, round, texts.size(), wall, cpuSeconds, texts.size() / wall,
            texts.size() / cpuSeconds, Machine.load()));
      }
    }
    report.section("Embedding throughput (bge-small-zh int8, " + texts.size() + " real slides)", table
        + "\nA slide's text is as the embedding pass builds it (title, slide text, notes; the title is the deck's file"
        + " name, none when read from an extraction cache). Model load time is not counted; CPU is the whole"
        + " process's.\n");
  }

  private Way shipped(String name, int workers, int cap) {
    SlideEncoder encoder = SlideEncoder.load(workers, cap);
    return new Way(name, "1", String.valueOf(cap), encoder::embedAll);
  }

  private static Runner naive() {
    BgeSmallZhV15QuantizedEmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();
    return texts -> {
      for (String text : texts) {
        if (!text.isBlank()) { // the library refuses blank text
          model.embed(text);
        }
      }
    };
  }

  /** Padded, length-sorted batches straight on ONNX Runtime: the embedding pass's former way, for comparison. */
  private static Runner batched(int threads, boolean spinning, int cap, int batchSize) throws OrtException, IOException {
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(threads);
    options.setInterOpNumThreads(1);
    options.addConfigEntry("session.intra_op.allow_spinning", spinning ? "1" : "0");
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    OrtSession session;
    HuggingFaceTokenizer tokenizer;
    try (InputStream model = resource("bge-small-zh-v1.5-q.onnx");
        InputStream vocabulary = resource("bge-small-zh-v1.5-q-tokenizer.json")) {
      session = environment.createSession(model.readAllBytes(), options);
      tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false", "truncation", "true",
          "maxLength", Integer.toString(cap)));
    }
    return texts -> {
      List<long[]> ids = texts.stream().map(t -> tokenizer.encode(t.isBlank() ? " " : t).getIds()).toList();
      List<long[]> sorted = new ArrayList<>(ids);
      sorted.sort(Comparator.comparingInt(a -> a.length));
      for (int from = 0; from < sorted.size(); from += batchSize) {
        List<long[]> batch = sorted.subList(from, Math.min(sorted.size(), from + batchSize));
        int width = batch.get(batch.size() - 1).length;
        long[] input = new long[batch.size() * width];
        long[] mask = new long[batch.size() * width];
        for (int r = 0; r < batch.size(); r++) {
          System.arraycopy(batch.get(r), 0, input, r * width, batch.get(r).length);
          Arrays.fill(mask, r * width, r * width + batch.get(r).length, 1L);
        }
        long[] shape = {batch.size(), width};
        try (OnnxTensor a = OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape);
            OnnxTensor m = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
            OnnxTensor t = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[input.length]), shape);
            OrtSession.Result result = session.run(Map.of("input_ids", a, "attention_mask", m, "token_type_ids", t))) {
          ((OnnxTensor) result.get(0)).getFloatBuffer();
        } catch (OrtException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  private static InputStream resource(String name) {
    return EmbedBench.class.getClassLoader().getResourceAsStream(name);
  }

  private static long cpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private interface Runner {
    void embed(List<String> texts);
  }

  private record Way(String name, String threads, String cap, Runner runner) {}
}
