package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nearest slides per talk language, found by one shared HNSW search and a language asked apart only
 * when needed, are those that comparing the query with every slide of each language would keep. The
 * slides outnumber the shared search's width, and one language is much smaller than the other and
 * pulled away from the query, so both ways are taken: a language the shared list vouches for, and one
 * it does not.
 */
class HybridRankingTest {
  private static final int DIMENSIONS = 32;
  private static final String FIELD = Schema.vectorField(DIMENSIONS);

  @TempDir
  Path dir;

  private Directory directory;
  private DirectoryReader reader;
  private final List<float[]> vectors = new ArrayList<>();
  private final List<String> languages = new ArrayList<>();
  private float[] english;
  private float[] chinese;

  @BeforeEach
  void index() throws Exception {
    Random random = new Random(7);
    english = unit(random);
    chinese = unit(random);
    directory = FSDirectory.open(dir);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(64))) {
      for (int slide = 0; slide < 2_500; slide++) {
        String language = slide % 5 == 0 ? "zh" : "en";
        // A slide leans towards its language, as the model's vectors do, and differs by its topic.
        float[] vector = mix(language.equals("zh") ? chinese : english, 0.6f, unit(random));
        Document doc = new Document();
        doc.add(new StringField(Schema.LANG, language, Field.Store.NO));
        doc.add(new KnnFloatVectorField(FIELD, vector, VectorSimilarityFunction.COSINE));
        writer.addDocument(doc);
        vectors.add(vector);
        languages.add(language);
      }
      writer.forceMerge(1);
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterEach
  void close() throws Exception {
    reader.close();
    directory.close();
  }

  @Test
  void aQueryInOneLanguageKeepsWhatEachLanguageAskedApartKeeps() throws Exception {
    Random random = new Random(11);
    HybridRanking ranking = new HybridRanking(new IndexSearcher(reader), TalkCatalog.empty());
    for (int query = 0; query < 20; query++) {
      // Half the queries sit in the big language's corner (the small one is then rare in the shared list),
      // half between the two.
      float[] vector = query % 2 == 0 ? mix(english, 0.7f, unit(random))
          : mix(mix(english, 0.5f, chinese), 0.7f, unit(random));
      assertThat(docs(ranking.nearest(vector, List.of()).scoreDocs)).as("query " + query)
          .isEqualTo(docs(exact(vector)));
    }
  }

  /** Each language's nearest by comparing with every slide, cut as {@link HybridRanking} cuts, merged. */
  private ScoreDoc[] exact(float[] query) {
    List<ScoreDoc> merged = new ArrayList<>();
    for (String language : List.of("en", "zh")) {
      List<ScoreDoc> own = new ArrayList<>();
      for (int doc = 0; doc < vectors.size(); doc++) {
        if (languages.get(doc).equals(language)) {
          own.add(new ScoreDoc(doc, VectorSimilarityFunction.COSINE.compare(query, vectors.get(doc))));
        }
      }
      own.sort((a, b) -> Float.compare(b.score, a.score));
      float best = own.get(0).score;
      for (int rank = 0; rank < HybridRanking.NEAREST; rank++) {
        ScoreDoc hit = own.get(rank);
        if (rank < HybridRanking.ALWAYS_KEPT || hit.score >= best - HybridRanking.CUT / 2) {
          merged.add(new ScoreDoc(hit.doc, 1f - (best - hit.score)));
        }
      }
    }
    merged.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return merged.toArray(ScoreDoc[]::new);
  }

  private static List<Integer> docs(ScoreDoc[] hits) {
    List<Integer> docs = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      docs.add(hit.doc);
    }
    return docs;
  }

  private static float[] mix(float[] towards, float weight, float[] other) {
    float[] mixed = new float[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      mixed[i] = weight * towards[i] + (1 - weight) * other[i];
    }
    return normalized(mixed);
  }

  private static float[] unit(Random random) {
    float[] vector = new float[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      vector[i] = (float) random.nextGaussian();
    }
    return normalized(vector);
  }

  private static float[] normalized(float[] vector) {
    double norm = 0;
    for (float x : vector) {
      norm += x * x;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < vector.length; i++) {
      vector[i] *= scale;
    }
    return vector;
  }
}
