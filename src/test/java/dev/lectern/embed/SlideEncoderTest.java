package dev.lectern.embed;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlideEncoderTest {
  private final SlideEncoder encoder = EmbeddingModel.shared();

  @Test
  void vectorsMatchTheReferenceImplementation() {
    List<String> texts = List.of("Goroutine leaks and how to find them",
        "如何在昇腾 NPU 上运行 PyTorch 模型", "Short", "A much longer slide about distributed training "
            + "with data parallelism, tensor parallelism and pipeline parallelism across many GPUs");
    List<float[]> all = encoder.embedAll(texts);
    var reference = new BgeSmallZhV15QuantizedEmbeddingModel();
    for (int i = 0; i < texts.size(); i++) {
      float[] theirs = reference.embed(texts.get(i)).content().vector();
      assertThat(dot(encoder.embed(texts.get(i)), theirs)).as(texts.get(i)).isGreaterThan(0.9999f);
      // Each text is its own run, as the reference's: no padding or batch-wide quantization moves it.
      assertThat(dot(all.get(i), theirs)).as(texts.get(i)).isGreaterThan(0.9999f);
    }
  }

  @Test
  void identicalTextsGetTheSameVectorInTheirPlaces() {
    List<String> texts = List.of("Tiling through shared memory", "Snapshot isolation", "Tiling through shared memory");
    List<float[]> vectors = encoder.embedAll(texts);
    assertThat(vectors).hasSize(3);
    assertThat(vectors.get(2)).isSameAs(vectors.get(0));
    assertThat(dot(vectors.get(0), vectors.get(1))).isLessThan(0.99f);
    assertThat(dot(vectors.get(1), encoder.embed("Snapshot isolation"))).isGreaterThan(0.9999f);
  }

  @Test
  void aChineseQueryIsCloserToTheEnglishSlideOnItsTopic() {
    float[] query = encoder.embed("内存泄漏怎么排查");
    List<float[]> slides = encoder.embedAll(List.of(
        "Finding memory leaks: heap dumps, allocation profiling and retained size",
        "Our meetup venue, sponsors and the schedule for the evening"));
    assertThat(dot(query, slides.get(0))).isGreaterThan(dot(query, slides.get(1)));
  }

  @Test
  void vectorsAreUnitLengthAndTokensAreCapped() {
    float[] vector = encoder.embed("hello world");
    assertThat(vector).hasSize(SlideEncoder.DIMENSIONS);
    assertThat(dot(vector, vector)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
    assertThat(encoder.tokens("word ".repeat(2000))).hasSize(SlideEncoder.DEFAULT_MAX_TOKENS);
  }

  @Test
  void nativeLibrariesAreUnpackedIntoTheGivenFolder() throws Exception {
    assertThat(OrtEnvironment.getEnvironment()).isNotNull();
    try (var files = Files.walk(EmbeddingModel.nativeFolder())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"),
              System.mapLibraryName("tokenizers"));
    }
  }

  static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
