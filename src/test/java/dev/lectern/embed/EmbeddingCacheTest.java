package dev.lectern.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
  private static final String SHA = "ab".repeat(32);

  @TempDir
  Path dir;

  @Test
  void returnsTheVectorsOfSlidesWhoseTextIsUnchanged() throws Exception {
    EmbeddingCache cache = new EmbeddingCache(dir, "model-a");
    cache.put(SHA, List.of("title\none", "title\ntwo"), List.of(new float[] {1, 0}, new float[] {0, 1}));

    float[][] same = cache.get(SHA, List.of("title\none", "title\ntwo"));
    assertThat(same[0]).containsExactly(1, 0);
    assertThat(same[1]).containsExactly(0, 1);

    float[][] retitled = cache.get(SHA, List.of("new title\none", "title\ntwo"));
    assertThat(retitled[0]).isNull();
    assertThat(retitled[1]).containsExactly(0, 1);
  }

  @Test
  void aSlideStoredWithoutAVectorReadsBackAsNoneBesideTheOthers() throws Exception {
    EmbeddingCache cache = new EmbeddingCache(dir, "model-a");
    cache.put(SHA, List.of("title", "title\ntwo"), java.util.Arrays.asList(null, new float[] {0, 1}));

    float[][] found = cache.get(SHA, List.of("title", "title\ntwo"));
    assertThat(found[0]).isNull();
    assertThat(found[1]).containsExactly(0, 1);
  }

  @Test
  void anotherModelOrADamagedEntryIsAMiss() throws Exception {
    new EmbeddingCache(dir, "model-a").put(SHA, List.of("x"), List.of(new float[] {1, 0}));
    assertThat(new EmbeddingCache(dir, "model-b").get(SHA, List.of("x"))[0]).isNull();

    Path entry = new EmbeddingCache(dir, "model-a").pathOf(SHA);
    Files.write(entry, new byte[] {1, 2, 3});
    assertThat(new EmbeddingCache(dir, "model-a").get(SHA, List.of("x"))[0]).isNull();
  }

  @Test
  void rejectsHashesThatAreNotHashes() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EmbeddingCache(dir, "m").pathOf("../../etc"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
