package dev.lectern.index;

/**
 * Every Lucene field Lectern writes, and why it is shaped the way it is.
 *
 * <p>The index holds two kinds of documents, told apart by {@link #TYPE}. A <b>page</b> document is
 * one PDF page or one slide; hits land on it, so it carries copies of its talk's title, speakers,
 * meetup and tags (denormalized, so that a title match scores the page without a join). A <b>talk</b>
 * document carries the talk's full JSON and its fingerprint; it answers talk, meetup and speaker
 * pages without re-reading the archive. A talk and its pages are written as one block keyed by
 * {@link #TALK_ID}, so a re-ingest replaces them together: no duplicates, no orphans.
 */
public final class Schema {
  private Schema() {}

  /** "page" or "talk". Indexed untokenized, not stored: only ever a filter. */
  public static final String TYPE = "type";

  public static final String TYPE_PAGE = "page";
  public static final String TYPE_TALK = "talk";

  /**
   * A meetup document carries one meetup's JSON, so a meetup with no talks yet (just created by an
   * organizer, or a folder holding only meetup.json) still has a page. Keyed by {@link #MEETUP_KEY}.
   */
  public static final String TYPE_MEETUP = "meetup";

  /** On meetup documents only: the meetup id, the key that replaces or deletes that document. */
  public static final String MEETUP_KEY = "meetup_key";

  /**
   * The talk's id. A keyword for block updates and lookups, stored for the API, and sorted doc values
   * so that the grouping collector can map a page hit to its talk without loading stored fields.
   */
  public static final String TALK_ID = "talk_id";

  /** 1-based index of the page's file within its talk. Stored and as doc values for grouping. */
  public static final String FILE = "file";

  /** 1-based page or slide number within its file. Stored; doc values for ordering a talk's pages. */
  public static final String PAGE = "page";

  /**
   * Slide text. Stored for snippets and the talk page; offsets in the postings so the unified
   * highlighter needs no re-analysis; analyzed with the identifier- and CJK-aware text analyzer.
   */
  public static final String TEXT = "text";

  /** Speaker notes: same analysis as {@link #TEXT}, a separate field so they can weigh less. */
  public static final String NOTES = "notes";

  /** Stored only: where the page's text came from ({@code text}, {@code ocr}, {@code text+ocr}). */
  public static final String SOURCE = "source";

  /** Stored only, on a slide the show skips (Keynote's "Skip Slide"): the talk page marks it. */
  public static final String SKIPPED = "skipped";

  /**
   * Stored only, on a slide shared by a deck and its export (see {@code TalkSlides}): every file and
   * page it appears as, {@code "1:3 2:3"}. Absent on a page only one file has.
   */
  public static final String APPEARS_IN = "appears_in";

  /** The talk's title, copied onto each page so a title match lifts every page of the talk. */
  public static final String TITLE = "title";

  /** Speaker names, analyzed for names (no stemming) so spellings and Chinese names match. */
  public static final String SPEAKER = "speaker";

  /** Meetup title and city, analyzed as text for {@code meetup:} queries. */
  public static final String MEETUP = "meetup";

  /** Talk tags and abstract, analyzed as text; a weaker signal than the title. */
  public static final String TAGS = "tags";

  /** The file's name: archives often carry the title and speaker only there. */
  public static final String FILENAME = "filename";

  /**
   * Slide text and titles again, only folded: no stemming, no identifier parts, no CJK bigrams.
   * Docs-only postings; it exists so did-you-mean suggests real words of the archive
   * ({@code inductor}) rather than stems ({@code induct}).
   */
  public static final String SPELL = "spell";

  /** Keyword filters: the meetup's id, the talk's language and the page's file format. */
  public static final String MEETUP_ID = "meetup_id";

  public static final String LANG = "lang";
  public static final String FORMAT = "format";

  /** The meetup's year as a point for {@code year:2024} and {@code year:2019..2022}. */
  public static final String YEAR = "year";

  /** The meetup's date as yyyymmdd (missing parts as 00), for newest/oldest ordering and ties. */
  public static final String DATE_SORT = "date_sort";

  /** On talk documents: the talk as JSON, exactly what the API returns. */
  public static final String TALK_JSON = "talk_json";

  /** On talk documents: the meetup as JSON, so meetup pages need no archive. */
  public static final String MEETUP_JSON = "meetup_json";

  /** On talk documents: hash of the talk's file hashes and metadata; unchanged means skip. */
  public static final String FINGERPRINT = "fingerprint";

  /**
   * On page documents: the slide's embedding (title, slide text and notes through the local model),
   * for meaning-based search. Cosine similarity; absent until the embedding pass reaches the talk.
   */
  public static final String VECTOR = "vector";

  /**
   * The vector field for vectors of {@code dimensions}: Lucene fixes a field's dimension for the
   * life of the index, so a model of another size writes (and searches) a field of its own.
   */
  public static String vectorField(int dimensions) {
    return VECTOR + dimensions;
  }

  /** On talk documents: the model whose vectors its pages carry; a talk without it awaits embedding. */
  public static final String EMBEDDED = "embedded";

  /** Fields a plain query word searches, with their weights: title and speakers outrank slide text,
   *  and notes count less than what is on the slide. */
  // In a fixed order: Map.of iterates in an order that differs from one JVM to the next, and the order of
  // a query's clauses decides the float rounding of a sum of scores. (Snippet passages around a hyphenated
  // identifier still start a character or a few words apart from one run to the next: not this, cause unknown.)
  public static final java.util.Map<String, Float> QUERY_FIELDS;

  static {
    java.util.Map<String, Float> weights = new java.util.LinkedHashMap<>();
    weights.put(TITLE, 4.0f);
    weights.put(SPEAKER, 4.0f);
    weights.put(TAGS, 1.5f);
    weights.put(FILENAME, 1.5f);
    weights.put(MEETUP, 1.0f);
    weights.put(TEXT, 1.0f);
    weights.put(NOTES, 0.5f);
    QUERY_FIELDS = java.util.Collections.unmodifiableMap(weights);
  }
}
