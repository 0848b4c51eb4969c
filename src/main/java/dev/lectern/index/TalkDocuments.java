package dev.lectern.index;

import dev.lectern.model.Dates;
import dev.lectern.model.FileExtraction;
import dev.lectern.model.Meetup;
import dev.lectern.model.Page;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import dev.lectern.model.TalkFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene documents of one talk: one per page, then the talk document last. The talk's own
 * fields (title, speakers, meetup, tags and abstract, file names) are copied onto every page; each
 * text is analysed once per talk and its tokens replayed on the pages (see {@link TalkTokens}).
 */
final class TalkDocuments {
  /** Stored, tokenized, with offsets so the unified highlighter reads them from the postings. */
  private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

  /** Terms only: the speller needs document frequencies, nothing else. */
  private static final FieldType SPELLING = spelling();

  private final JsonCodec json;
  private final Analyzer analyzer;
  private final TalkSlides slides = new TalkSlides();

  /** {@code analyzer} is the index writer's: the talk's fields are analysed by it, once per talk. */
  TalkDocuments(JsonCodec json, Analyzer analyzer) {
    this.json = json;
    this.analyzer = analyzer;
  }

  List<Document> build(IndexedTalk indexed) {
    Talk talk = indexed.talk();
    TalkTokens tokens = new TalkTokens();
    List<Document> docs = new ArrayList<>();
    List<TalkFile> files = talk.files();
    List<String> formats = files.stream().map(TalkFile::format).toList();
    for (TalkSlides.Slide slide : slides.of(indexed.files(), formats)) {
      int f = slide.file() - 1;
      FileExtraction file = indexed.files().get(f);
      Page page = slide.page();
      Document doc = talkFields(indexed, tokens, f < formats.size() ? formats.get(f) : "", fileName(file.path()));
      doc.add(new StoredField(Schema.FILE, f + 1));
      doc.add(new NumericDocValuesField(Schema.FILE, f + 1));
      doc.add(new StoredField(Schema.PAGE, page.number()));
      doc.add(new NumericDocValuesField(Schema.PAGE, page.number()));
      doc.add(new Field(Schema.TEXT, page.text(), HIGHLIGHTED_TEXT));
      doc.add(new Field(Schema.NOTES, page.notes(), HIGHLIGHTED_TEXT));
      doc.add(new Field(Schema.SPELL, page.text(), SPELLING));
      doc.add(new StoredField(Schema.SOURCE, page.source()));
      if (page.skipped()) {
        doc.add(new StoredField(Schema.SKIPPED, 1));
      }
      for (TalkSlides.Appearance also : slide.appearsIn()) {
        // A shared slide is the deck's as much as the export's: format: and file names find it by either.
        int other = also.file() - 1;
        if (other != f) {
          String otherFormat = other < formats.size() ? formats.get(other) : "";
          if (!otherFormat.isEmpty() && !otherFormat.equals(f < formats.size() ? formats.get(f) : "")) {
            doc.add(new StringField(Schema.FORMAT, otherFormat, Field.Store.NO));
          }
          doc.add(tokens.field(Schema.FILENAME, fileName(indexed.files().get(other).path()), TextField.TYPE_NOT_STORED));
        }
      }
      if (slide.appearsIn().size() > 1) {
        doc.add(new StoredField(Schema.APPEARS_IN, slide.appearsIn().stream()
            .map(a -> a.file() + ":" + a.number()).collect(java.util.stream.Collectors.joining(" "))));
      }
      float[] vector = vector(indexed, slide.textFile() - 1, slide.textIndex());
      if (vector != null) {
        doc.add(new KnnFloatVectorField(Schema.vectorField(vector.length), vector, VectorSimilarityFunction.COSINE));
      }
      docs.add(doc);
    }
    if (docs.isEmpty()) {
      // No searchable page: one page-less document still lets title and speaker find the talk.
      Document doc = talkFields(indexed, tokens, "", files.isEmpty() ? "" : fileName(files.get(0).path()));
      doc.add(new NumericDocValuesField(Schema.FILE, 0));
      doc.add(new NumericDocValuesField(Schema.PAGE, 0));
      docs.add(doc);
    }
    docs.add(talkDocument(indexed));
    return docs;
  }

  /** The page's vector, when the talk has been embedded. */
  private static float[] vector(IndexedTalk indexed, int file, int page) {
    return indexed.vectors() == null ? null : indexed.vectors().byFile().get(file)[page];
  }

  private Document talkFields(IndexedTalk indexed, TalkTokens tokens, String format, String fileName) {
    Talk talk = indexed.talk();
    Meetup meetup = indexed.meetup();
    Document doc = new Document();
    doc.add(new StringField(Schema.TYPE, Schema.TYPE_PAGE, Field.Store.NO));
    doc.add(new StringField(Schema.TALK_ID, talk.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Schema.TALK_ID, new BytesRef(talk.id())));
    doc.add(tokens.field(Schema.TITLE, talk.title(), TextField.TYPE_NOT_STORED));
    doc.add(tokens.field(Schema.SPELL, talk.title(), SPELLING));
    for (Speaker speaker : talk.speakers()) {
      doc.add(tokens.field(Schema.SPEAKER, speaker.name(), TextField.TYPE_NOT_STORED));
    }
    doc.add(tokens.field(Schema.MEETUP, meetup.title() + "\n" + meetup.city(), TextField.TYPE_NOT_STORED));
    doc.add(tokens.field(
        Schema.TAGS, String.join("\n", talk.tags()) + "\n" + talk.abstractText(), TextField.TYPE_NOT_STORED));
    doc.add(tokens.field(Schema.FILENAME, fileName, TextField.TYPE_NOT_STORED));
    doc.add(new StringField(Schema.MEETUP_ID, meetup.id(), Field.Store.NO));
    doc.add(new StringField(Schema.LANG, talk.language(), Field.Store.NO));
    if (!format.isEmpty()) {
      doc.add(new StringField(Schema.FORMAT, format, Field.Store.NO));
    }
    doc.add(new IntPoint(Schema.YEAR, Dates.year(talk.date())));
    doc.add(new NumericDocValuesField(Schema.DATE_SORT, dateSort(talk.date())));
    return doc;
  }

  private Document talkDocument(IndexedTalk indexed) {
    Document doc = new Document();
    doc.add(new StringField(Schema.TYPE, Schema.TYPE_TALK, Field.Store.NO));
    doc.add(new StringField(Schema.TALK_ID, indexed.talk().id(), Field.Store.YES));
    // Lucene requires one schema per field across documents, so the talk id has doc values here too.
    doc.add(new SortedDocValuesField(Schema.TALK_ID, new BytesRef(indexed.talk().id())));
    doc.add(new StringField(Schema.MEETUP_ID, indexed.meetup().id(), Field.Store.NO));
    doc.add(new StoredField(Schema.TALK_JSON, json.write(indexed.talk())));
    doc.add(new StoredField(Schema.MEETUP_JSON, json.write(indexed.meetup())));
    doc.add(new StoredField(Schema.FINGERPRINT, indexed.fingerprint()));
    if (indexed.vectors() != null) {
      doc.add(new StringField(Schema.EMBEDDED, indexed.vectors().model(), Field.Store.NO));
    }
    doc.add(new NumericDocValuesField(Schema.DATE_SORT, dateSort(indexed.talk().date())));
    return doc;
  }

  /**
   * One talk's analysed texts: a talk's title, speakers, meetup, tags and file names are indexed on
   * each of its pages, and analysing them for every page cost about as much as the slide text itself
   * (the shared corpus: 70,000 tokens of copies against 106,000 of slide text). Each is analysed the
   * first time, by the writer's analyzer for its field, and its recorded tokens given to the other
   * pages, so every page holds exactly the terms, positions, offsets and norms it held before.
   */
  private final class TalkTokens {
    private final Map<List<String>, RecordedTokens> recorded = new HashMap<>();

    Field field(String name, String text, FieldType type) {
      return new Replayed(name, text, type,
          recorded.computeIfAbsent(List.of(name, text), key -> RecordedTokens.of(analyzer, name, text)));
    }
  }

  /** A field that keeps its text, as any other does, and gives the writer its recorded tokens to index. */
  static final class Replayed extends Field {
    private final RecordedTokens tokens;

    private Replayed(String name, String text, FieldType type, RecordedTokens tokens) {
      super(name, text, type);
      this.tokens = tokens;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return tokens.replay();
    }
  }

  /** The document that keeps a meetup listed even when it has no talks. */
  Document meetupDocument(Meetup meetup) {
    Document doc = new Document();
    doc.add(new StringField(Schema.TYPE, Schema.TYPE_MEETUP, Field.Store.NO));
    doc.add(new StringField(Schema.MEETUP_KEY, meetup.id(), Field.Store.NO));
    doc.add(new StoredField(Schema.MEETUP_JSON, json.write(meetup)));
    return doc;
  }

  /** yyyymmdd from a partial ISO date; unknown parts count as 00 so that 2018-07 sorts first in July. */
  static long dateSort(String isoDate) {
    String digits = isoDate == null ? "" : isoDate.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return 0;
    }
    String padded = (digits + "00000000").substring(0, 8);
    return Long.parseLong(padded);
  }

  private static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  private static FieldType spelling() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType highlightedText() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
