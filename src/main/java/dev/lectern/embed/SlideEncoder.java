package dev.lectern.embed;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * bge-small-zh-v1.5 (int8 ONNX, from the langchain4j artifact's jar resources) run directly on ONNX
 * Runtime. Output vectors are the [CLS] token's hidden state, L2-normalized, as the model is trained.
 *
 * <p>Each text is its own session run on one intra-op thread, and a list of texts is spread over
 * {@code workers} threads. Measured on real slides (BENCHMARKS.md, #15): length-sorted batches save
 * no CPU per slide (batches of 8 cost what single runs do, batches of 32 up to 1.7 times as much,
 * with only 16 % of their tokens padding), and the int8 model quantizes activations per run, so a
 * batch also moves each vector away from the text's own; two intra-op threads on one run spin while
 * they wait and cost 1.4-2 times the CPU per slide. Identical texts are embedded once. Thread-safe:
 * ONNX sessions and the tokenizer may be shared.
 */
public final class SlideEncoder implements AutoCloseable {
  public static final String MODEL_ID = "bge-small-zh-v1.5-q";
  public static final int DIMENSIONS = 512;
  /** Tokens per slide, [CLS] and [SEP] included; the rest of a long slide is cut (see BENCHMARKS.md). */
  public static final int DEFAULT_MAX_TOKENS = 256;

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
  private final int workers;

  private SlideEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer, int workers) {
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.typeIds = session.getInputNames().contains("token_type_ids");
    this.workers = workers;
  }

  /**
   * Loads the model; {@link #embedAll} runs up to {@code workers} texts at once (one per core is
   * the most that helps). Native libraries must have been {@link NativeLibraries#prepare prepared} first.
   */
  public static SlideEncoder load(int workers, int maxTokens) {
    try (InputStream model = resource("bge-small-zh-v1.5-q.onnx");
        InputStream vocabulary = resource("bge-small-zh-v1.5-q-tokenizer.json")) {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      // With one intra-op thread there is no pool to spin; set anyway, should the count ever change.
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of(
          "padding", "false", "truncation", "true", "maxLength", Integer.toString(maxTokens)));
      return new SlideEncoder(environment, session, tokenizer, Math.max(1, workers));
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
    return run(tokenizer.encode(text.isBlank() ? " " : text).getIds());
  }

  /** One vector per text, in order; each distinct text is embedded once, up to {@code workers} at a time. */
  public List<float[]> embedAll(List<String> texts) {
    Map<String, Integer> firstOf = new HashMap<>();
    List<String> distinct = new ArrayList<>();
    int[] slot = new int[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      slot[i] = firstOf.computeIfAbsent(texts.get(i), text -> {
        distinct.add(text);
        return distinct.size() - 1;
      });
    }
    float[][] vectors = new float[distinct.size()][];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Runnable worker = () -> {
      try {
        for (int i = next.getAndIncrement(); i < vectors.length; i = next.getAndIncrement()) {
          vectors[i] = embed(distinct.get(i));
        }
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
        next.set(vectors.length); // the other workers stop after their current text
      }
    };
    List<Thread> helpers = new ArrayList<>();
    for (int w = 1; w < Math.min(workers, vectors.length); w++) {
      helpers.add(Thread.ofPlatform().name("lectern-embed-" + w).daemon(true).start(worker));
    }
    worker.run();
    try {
      for (Thread helper : helpers) {
        helper.join();
      }
    } catch (InterruptedException e) {
      next.set(vectors.length);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (int s : slot) {
      out.add(vectors[s]);
    }
    return out;
  }

  /** One session run over one text's tokens; returns its normalized [CLS] vector. */
  private float[] run(long[] ids) {
    long[] shape = {1, ids.length};
    long[] mask = new long[ids.length];
    java.util.Arrays.fill(mask, 1L);
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
      Map<String, OnnxTensor> inputs = typeIds
          ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
          : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        float[] vector = new float[DIMENSIONS];
        hidden.get(0, vector); // the [CLS] token's row
        normalize(vector);
        return vector;
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
