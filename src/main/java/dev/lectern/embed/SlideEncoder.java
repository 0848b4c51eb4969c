package dev.lectern.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * bge-small-zh-v1.5 (int8 ONNX, from the langchain4j artifact's jar resources) run directly on ONNX
 * Runtime, so that slides are embedded in batches of similar length: langchain4j embeds one text per
 * session run. Output vectors are the [CLS] token's hidden state, L2-normalized, as the model is
 * trained. Thread-safe: ONNX sessions and the tokenizer may be shared.
 */
public final class SlideEncoder implements AutoCloseable {
  public static final String MODEL_ID = "bge-small-zh-v1.5-q";
  public static final int DIMENSIONS = 512;
  /** Tokens per slide, [CLS] and [SEP] included; the rest of a long slide is cut (see BENCHMARKS.md). */
  public static final int DEFAULT_MAX_TOKENS = 256;
  /** Padded tokens per batch: large enough to amortize a run, small enough to keep memory flat. */
  private static final int BATCH_TOKENS = 4096;
  private static final int BATCH_SIZE = 32;

  /**
   * What a stored vector was made with: model, dimensions, token cap and the shape of the embedded
   * text. Recorded on every embedded talk and cache entry; when it changes, every slide is embedded again.
   */
  public static String version(int maxTokens) {
    return MODEL_ID + "/" + DIMENSIONS + "d/" + maxTokens + "t/input" + SlideInput.FORMAT;
  }

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;

  private SlideEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.typeIds = session.getInputNames().contains("token_type_ids");
  }

  /**
   * Loads the model with {@code threads} intra-op threads. Native libraries must have been
   * {@link NativeLibraries#prepare prepared} first.
   */
  public static SlideEncoder load(int threads, int maxTokens) {
    try (InputStream model = resource("bge-small-zh-v1.5-q.onnx");
        InputStream vocabulary = resource("bge-small-zh-v1.5-q-tokenizer.json")) {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(Math.max(1, threads));
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of(
          "padding", "false", "truncation", "true", "maxLength", Integer.toString(maxTokens)));
      return new SlideEncoder(environment, session, tokenizer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model: " + e.getMessage(), e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SlideEncoder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the embedding model " + name + " is not on the class path");
    }
    return in;
  }

  /** Token ids of a text, [CLS] and [SEP] included, cut at the token limit. */
  public long[] tokens(String text) {
    return tokenizer.encode(text).getIds();
  }

  public float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  /** One vector per text, in order; texts are run in batches of similar token length. */
  public List<float[]> embedAll(List<String> texts) {
    List<long[]> ids = new ArrayList<>(texts.size());
    for (String text : texts) {
      Encoding encoding = tokenizer.encode(text.isBlank() ? " " : text);
      ids.add(encoding.getIds());
    }
    Integer[] order = IntStream.range(0, ids.size()).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> ids.get(i).length));
    float[][] vectors = new float[texts.size()][];
    int from = 0;
    while (from < order.length) {
      int to = from + 1;
      while (to < order.length && to - from < BATCH_SIZE
          && (long) ids.get(order[to]).length * (to - from + 1) <= BATCH_TOKENS) {
        to++;
      }
      List<long[]> batch = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        batch.add(ids.get(order[k]));
      }
      float[][] out = run(batch);
      for (int k = from; k < to; k++) {
        vectors[order[k]] = out[k - from];
      }
      from = to;
    }
    return List.of(vectors);
  }

  /** One session run over sequences padded to the longest; returns each sequence's normalized [CLS] vector. */
  private float[][] run(List<long[]> batch) {
    int rows = batch.size();
    int width = batch.stream().mapToInt(ids -> ids.length).max().orElse(1);
    long[] inputIds = new long[rows * width];
    long[] mask = new long[rows * width];
    for (int r = 0; r < rows; r++) {
      long[] ids = batch.get(r);
      System.arraycopy(ids, 0, inputIds, r * width, ids.length);
      java.util.Arrays.fill(mask, r * width, r * width + ids.length, 1L);
    }
    long[] shape = {rows, width};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * width]), shape)) {
      Map<String, OnnxTensor> inputs = typeIds
          ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
          : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        float[][] vectors = new float[rows][DIMENSIONS];
        for (int r = 0; r < rows; r++) {
          hidden.get(r * width * DIMENSIONS, vectors[r]); // the [CLS] token's row
          normalize(vectors[r]);
        }
        return vectors;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed: " + e.getMessage(), e);
    }
  }

  private static void normalize(float[] vector) {
    double sum = 0;
    for (float v : vector) {
      sum += v * v;
    }
    float norm = (float) Math.sqrt(sum);
    if (norm > 0) {
      for (int i = 0; i < vector.length; i++) {
        vector[i] /= norm;
      }
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      // closing frees native memory; nothing else to do when it fails
    }
    tokenizer.close();
  }
}
