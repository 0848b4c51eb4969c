package dev.lectern.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.DocumentMetadata;
import dev.lectern.model.Extraction;
import dev.lectern.model.ExtractionStatus;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Meetup;
import dev.lectern.model.MeetupRef;
import dev.lectern.model.Page;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** A talk's fields, analysed once and replayed on each page, index exactly as analysing them per page did. */
class TalkDocumentsTest {
  private final Analyzer analyzer = FieldAnalyzers.forIndexing();

  @Test
  void everyPageHoldsTheTermsPositionsOffsetsAndNormsThatAnalysingItsOwnCopyGives() throws IOException {
    Meetup meetup = new Meetup("m", "PyTorch 上海 Night", "2024-05-01", "Shanghai", "", List.of(), "", "", List.of(), "m");
    List<Page> deck = List.of(new Page(1, "Graph capture: torch._dynamo", ""),
        new Page(2, "编译器后端 backends", "notes on the Inductor backend"), new Page(3, "Q&A", ""));
    List<Page> export = List.of(new Page(1, "Graph capture: torch._dynamo", ""), new Page(2, "Benchmarks", ""));
    List<TalkFile> files = List.of(
        new TalkFile("m/torch-compile.pptx", "pptx", 3, ExtractionStatus.OK.label(), "", "sha-a", 100),
        new TalkFile("m/torch_compile-v2.pdf", "pdf", 2, ExtractionStatus.OK.label(), "", "sha-b", 100));
    Talk talk = new Talk("m/torch-compile", "torch.compile 编译器: private-use1 Backends", MeetupRef.of(meetup),
        List.of(new Speaker("冯立元", ""), new Speaker("Andreas Köpf", "")), "How TorchDynamo captures graphs",
        List.of("compilers", "PyTorch 2.0"), "en", "", "", files, "ok");
    IndexedTalk indexed = new IndexedTalk(talk, meetup, List.of(
        new FileExtraction("m/torch-compile.pptx", "sha-a", 100, new Extraction(ExtractionStatus.OK, "", deck, DocumentMetadata.NONE)),
        new FileExtraction("m/torch_compile-v2.pdf", "sha-b", 100, new Extraction(ExtractionStatus.OK, "", export, DocumentMetadata.NONE))),
        "fp");

    List<Document> replayed = new TalkDocuments(new JsonCodec(), analyzer).build(indexed);
    List<Document> analysedPerPage = new ArrayList<>();
    int replayedFields = 0;
    for (Document doc : replayed) {
      Document copy = new Document();
      for (IndexableField field : doc.getFields()) {
        if (field instanceof TalkDocuments.Replayed) {
          replayedFields++;
          copy.add(new Field(field.name(), field.stringValue(), (FieldType) field.fieldType()));
        } else {
          copy.add(field);
        }
      }
      analysedPerPage.add(copy);
    }
    assertThat(replayedFields).as("talk fields replayed on the pages").isGreaterThan(20);
    assertThat(postings(replayed)).isEqualTo(postings(analysedPerPage));
  }

  /** Each field's terms with, per document, the frequency, positions and offsets; then each field's norms. */
  private List<String> postings(List<Document> docs) throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        writer.addDocuments(docs);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        List<String> lines = new ArrayList<>();
        for (FieldInfo info : FieldInfos.getMergedFieldInfos(reader)) {
          Terms terms = leaf.terms(info.name);
          if (terms != null) {
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
              PostingsEnum postings = each.postings(null, PostingsEnum.ALL);
              StringBuilder line = new StringBuilder(info.name + ":" + term.utf8ToString());
              while (postings.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                line.append(" d").append(postings.docID()).append('x').append(postings.freq());
                for (int i = 0; i < postings.freq() && terms.hasPositions(); i++) {
                  line.append(" @").append(postings.nextPosition());
                  if (terms.hasOffsets()) {
                    line.append('[').append(postings.startOffset()).append(',').append(postings.endOffset()).append(']');
                  }
                }
              }
              lines.add(line.toString());
            }
          }
          NumericDocValues norms = leaf.getNormValues(info.name);
          while (norms != null && norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
            lines.add(info.name + " norm d" + norms.docID() + "=" + norms.longValue());
          }
        }
        return lines;
      }
    }
  }
}
