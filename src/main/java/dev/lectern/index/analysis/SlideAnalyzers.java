package dev.lectern.index.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * The analysis chains, as an index-time and a query-time pair. They differ on purpose:
 *
 * <ul>
 *   <li>Identifiers: at index time {@code torch.compile} is kept whole <i>and</i> split into
 *       {@code torch}, {@code compile}, so a part finds it; at query time it is never split, so the
 *       whole identifier matches only itself and ranks above pages holding just its parts. The
 *       query still runs the word delimiter, only to leave the parts' positions as a gap, so the
 *       words after an identifier sit where the index put them and a phrase through it holds
 *       ({@link IndexPositionFilter}).
 *   <li>Chinese: Han text is indexed as single characters plus overlapping bigrams and queried as
 *       bigrams, so a word matches inside longer text (编译 inside 编译器) without a dictionary
 *       that would have to know every product name (昇腾).
 * </ul>
 *
 * Everything is case- and accent-folded (ICU), traditional Han folds to simplified, English stop
 * words drop out and English words are stemmed (backends → backend) unless they are identifiers.
 */
public final class SlideAnalyzers {
  private SlideAnalyzers() {}

  private static final int WORD_DELIMITER_FLAGS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS
          | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
          | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
          | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
          | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
          | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

  private static final int CJK_SCRIPTS =
      CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

  /**
   * Slide text, notes, titles, tags and file names; {@code indexing} picks the index-time chain
   * (identifiers kept whole and split, Han unigrams plus bigrams) over the query-time one.
   */
  public static Analyzer text(boolean indexing) {
    return new TextAnalyzer(indexing);
  }

  /** Speaker names: folded and bigrammed like text, never stemmed or split. */
  public static Analyzer names(boolean indexing) {
    return new NameAnalyzer(indexing);
  }

  /** Words as written, folded: the vocabulary did-you-mean draws from. */
  public static Analyzer spelling() {
    return new SpellingAnalyzer();
  }

  /**
   * What every chain shares: NFKC before tokenizing, since PDF text often carries compatibility
   * forms (Kangxi radicals such as ⽑ for 毛, full-width Latin, ligatures) that must read as the
   * ordinary characters; then ICU word breaking with one token per Han character, so that
   * CJKBigramFilter can build bigrams.
   */
  abstract static class NormalizingAnalyzer extends Analyzer {
    @Override
    protected final Reader initReader(String fieldName, Reader reader) {
      return wrap(new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCInstance()));
    }

    Reader wrap(Reader normalized) {
      return normalized;
    }

    static Tokenizer tokenizer() {
      return new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
    }
  }

  /**
   * A hyphen inside a Latin word reads as an underscore, so {@code private-use1} and
   * {@code private_use1} are one identifier (the tokenizer would split the hyphenated one in two).
   * Same length, so offsets for highlighting are unchanged.
   */
  private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=[\\p{IsLatin}\\p{Nd}])-(?=[\\p{IsLatin}\\p{Nd}])");

  /**
   * A typographic apostrophe reads as the typed one: the word delimiter strips a possessive
   * {@code 's} but splits {@code What’s} into {@code What} and {@code s}, a position more, so a title
   * typed with {@code '} missed the deck that writes {@code ’} as a phrase. One character for one.
   */
  private static final NormalizeCharMap APOSTROPHES = apostrophes();

  private static NormalizeCharMap apostrophes() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("\u2019", "'");
    map.add("\u02BC", "'");
    return map.build();
  }

  /** Slide text, notes, titles, tags and file names. */
  static final class TextAnalyzer extends NormalizingAnalyzer {
    private final boolean indexing;

    TextAnalyzer(boolean indexing) {
      this.indexing = indexing;
    }

    @Override
    Reader wrap(Reader normalized) {
      return new PatternReplaceCharFilter(INNER_HYPHEN, "_", new MappingCharFilter(APOSTROPHES, normalized));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = tokenizer();
      TokenStream stream = source;
      // Before the bigram filter: the word delimiter cannot consume a token graph.
      stream = new WordDelimiterGraphFilter(
          stream, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, WORD_DELIMITER_FLAGS, null);
      stream = new FlattenGraphFilter(stream);
      // The query keeps identifiers whole: it only marks the parts, to drop them and keep their positions.
      stream = indexing ? new SubIdentifierFilter(stream) : new PartMarkerFilter(stream);
      stream = new IdentifierMarkerFilter(stream);
      if (indexing) {
        stream = new JoinedIdentifierFilter(stream);
      }
      stream = new FoldedVariantFilter(stream);
      stream = new HanFilter(stream);
      stream = new CJKBigramFilter(stream, CJK_SCRIPTS, indexing);
      if (!indexing) {
        stream = new IndexPositionFilter(stream);
      }
      stream = new ICUFoldingFilter(stream);
      stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      stream = new PorterStemFilter(stream);
      return new TokenStreamComponents(source, stream);
    }

    @Override
    public int getOffsetGap(String fieldName) {
      return 1;
    }
  }

  /** Speaker names: folded and bigrammed like text, but never stemmed or split. */
  static final class NameAnalyzer extends NormalizingAnalyzer {
    private final boolean indexing;

    NameAnalyzer(boolean indexing) {
      this.indexing = indexing;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = tokenizer();
      TokenStream stream = new FoldedVariantFilter(source);
      stream = new HanFilter(stream);
      stream = new CJKBigramFilter(stream, CJK_SCRIPTS, indexing);
      stream = new ICUFoldingFilter(stream);
      stream = new LowerCaseFilter(stream);
      return new TokenStreamComponents(source, stream);
    }
  }

  /** Words as written, folded: the vocabulary did-you-mean draws from. */
  static final class SpellingAnalyzer extends NormalizingAnalyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = tokenizer();
      TokenStream stream = new ICUFoldingFilter(source);
      return new TokenStreamComponents(source, stream);
    }
  }
}
