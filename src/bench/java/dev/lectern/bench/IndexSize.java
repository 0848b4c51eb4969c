package dev.lectern.bench;

import dev.lectern.index.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.codecs.CompoundDirectory;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What an index on disk is made of: bytes by Lucene file kind, looking inside compound files, and
 * the UTF-8 bytes of the slide text and notes it stores (the "extracted text" it is compared with).
 */
final class IndexSize {
  private IndexSize() {}

  static Map<String, Long> byKind(Path lucene) throws IOException {
    Map<String, Long> sizes = new TreeMap<>();
    try (Directory dir = FSDirectory.open(lucene)) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
      for (SegmentCommitInfo commit : infos) {
        if (commit.info.getUseCompoundFile()) {
          try (CompoundDirectory cfs = commit.info.getCodec().compoundFormat().getCompoundReader(dir, commit.info)) {
            for (String file : cfs.listAll()) {
              sizes.merge(kind(file), cfs.fileLength(file), Long::sum);
            }
          }
          for (String file : commit.files()) {
            if (!file.endsWith(".cfs") && !file.endsWith(".cfe")) {
              sizes.merge(kind(file), dir.fileLength(file), Long::sum);
            }
          }
        } else {
          for (String file : commit.files()) {
            sizes.merge(kind(file), dir.fileLength(file), Long::sum);
          }
        }
      }
    }
    return sizes;
  }

  static String table(Map<String, Long> sizes) {
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder out = new StringBuilder("| kind | MB | share |\n|---|---:|---:|\n");
    sizes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(12)
        .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f%% |%n", e.getKey(), e.getValue() / 1e6,
            100.0 * e.getValue() / Math.max(1, total))));
    return out.toString();
  }

  /** UTF-8 bytes of every page's stored text and notes. */
  static long textBytes(Path lucene) throws IOException {
    long bytes = 0;
    try (Directory dir = FSDirectory.open(lucene); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          Document d = stored.document(doc);
          for (String field : new String[] {Schema.TEXT, Schema.NOTES}) {
            String value = d.get(field);
            if (value != null) {
              bytes += value.getBytes(StandardCharsets.UTF_8).length;
            }
          }
        }
      }
    }
    return bytes;
  }

  private static String kind(String file) {
    int dot = file.lastIndexOf('.');
    String ext = dot < 0 ? file : file.substring(dot + 1);
    return ext.startsWith("segments") || file.startsWith("segments") ? "segments" : ext;
  }
}
