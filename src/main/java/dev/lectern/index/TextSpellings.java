package dev.lectern.index;

import dev.lectern.model.Meetup;
import dev.lectern.model.WordSpelling;
import dev.lectern.model.Talk;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * How the archive's own text spells the words of meetup and series names read off folders. A folder
 * slug has lost its capitals ({@code openai-triton-meetups} became "Openai Triton Meetups"); the
 * talks' titles and slides usually keep them ("OpenAI"). A word takes the spelling the text gives it
 * when the text writes it with capitals past the first letter more often than not (the vote of
 * {@link WordSpelling}, which the scanner's file-name spellings use too); names declared in
 * meetup.json or series.json are never touched. A word a folder writes joined in mixed case
 * ({@code AdvancedTopics}, {@code OtterCon}) is split into its words ("Advanced Topics") unless the
 * text writes it joined too: folders are named without spaces, products are named with none.
 *
 * <p>Bounded per snapshot: only the few words of folder-derived names are looked up, through the
 * {@link Schema#SPELL} postings, reading at most {@link #PAGES_PER_WORD} pages a word and segment, and
 * a segment's counts are kept while it lives (segments are immutable; a page deleted later still
 * counts until its segment merges away, a small bias on a vote).
 */
final class TextSpellings {
  /** Enough pages to outvote a stray spelling; few enough that a word on every slide costs little. */
  static final int PAGES_PER_WORD = 24;
  /** A token of code, a path or an address, where lower case is the syntax's, not the name's. */
  private static final Pattern CODE_TOKEN = Pattern.compile(".*(?:[/\\\\@_=:]|\\.\\p{L}).*");

  private final Map<Object, Map<String, Map<String, Integer>>> bySegment = new ConcurrentHashMap<>();

  /**
   * The meetups with each folder-derived name (own title, series title) respelled where the text
   * says so; meetups with nothing to change are returned as they are.
   */
  Map<String, Meetup> respell(IndexReader reader, Map<String, Meetup> meetups, Collection<Talk> talks)
      throws IOException {
    Set<String> words = new TreeSet<>();
    Set<String> joined = new TreeSet<>();
    for (Meetup m : meetups.values()) {
      Set<String> kept = WordSpelling.kept(m.folder(), m.city());
      if (m.fromFolderName("title")) {
        words.addAll(madeUpWords(m.title(), kept));
        joined.addAll(joinedWords(m.title(), m.folder()));
      }
      if (m.fromFolderName("seriesTitle")) {
        words.addAll(madeUpWords(m.seriesTitle(), kept));
        joined.addAll(joinedWords(m.seriesTitle(), m.folder()));
      }
    }
    words.addAll(joined);
    if (words.isEmpty()) {
      return meetups;
    }
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Talk talk : talks) {
      count(talk.title(), words, counts);
    }
    Map<Object, Map<String, Map<String, Integer>>> live = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      Object key = segment.getCoreCacheHelper().getKey();
      Map<String, Map<String, Integer>> known = bySegment.getOrDefault(key, Map.of());
      Map<String, Map<String, Integer>> cached = new HashMap<>(known);
      for (String word : words) {
        Map<String, Integer> inSegment = cached.get(word);
        if (inSegment == null) {
          inSegment = countInSegment(segment, word);
          cached.put(word, inSegment);
        }
        inSegment.forEach((spelling, n) -> counts.computeIfAbsent(word, k -> new HashMap<>()).merge(spelling, n,
            Integer::sum));
      }
      live.put(key, Map.copyOf(cached));
    }
    bySegment.keySet().retainAll(live.keySet());
    bySegment.putAll(live);
    Map<String, String> chosen = WordSpelling.chosenAll(counts);
    // A word the text never writes joined is words a folder ran together, not a name.
    Set<String> apart = new TreeSet<>(joined);
    apart.removeIf(word -> !counts.getOrDefault(word, Map.of()).isEmpty());
    if (chosen.isEmpty() && apart.isEmpty()) {
      return meetups;
    }
    Map<String, Meetup> out = new LinkedHashMap<>();
    meetups.forEach((id, m) -> {
      Set<String> kept = WordSpelling.kept(m.folder(), m.city());
      java.util.function.UnaryOperator<String> spell =
          t -> WordSpelling.respell(WordSpelling.apart(t, apart), chosen, kept);
      out.put(id, m.renamingFolderNames(spell, spell));
    });
    return out;
  }

  /**
   * Words of a name its folder writes joined in mixed case ({@code AdvancedTopics/}), by key: words
   * run together or a product's name, as the text decides.
   */
  private static Set<String> joinedWords(String name, String folder) {
    Set<String> inFolder = new TreeSet<>();
    Matcher m = WordSpelling.words(folder);
    while (m.find()) {
      inFolder.add(m.group());
    }
    Set<String> out = new TreeSet<>();
    for (String word : name.split(" ")) {
      if (WordSpelling.runTogether(word) && inFolder.contains(word)) {
        out.add(WordSpelling.key(word));
      }
    }
    return out;
  }

  /** Words a title-casing made: a capital, then lower case only ("Openai"), keyed in lower case. */
  private static Set<String> madeUpWords(String name, Set<String> kept) {
    Set<String> out = new TreeSet<>();
    for (String word : name.split(" ")) {
      if (WordSpelling.madeUp(word) && !kept.contains(WordSpelling.key(word))) {
        out.add(WordSpelling.key(word));
      }
    }
    return out;
  }

  private static Map<String, Integer> countInSegment(LeafReader segment, String word) throws IOException {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    PostingsEnum postings = segment.postings(new Term(Schema.SPELL, Identifiers.fold(word)), PostingsEnum.NONE);
    if (postings == null) {
      return Map.of();
    }
    StoredFields stored = segment.storedFields();
    Bits liveDocs = segment.getLiveDocs();
    Set<String> wanted = Set.of(word);
    Set<String> fields = Set.of(Schema.TEXT);
    int read = 0;
    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && read < PAGES_PER_WORD;
        doc = postings.nextDoc()) {
      if (liveDocs != null && !liveDocs.get(doc)) {
        continue;
      }
      String text = stored.document(doc, fields).get(Schema.TEXT);
      if (text != null) {
        count(text, wanted, counts);
        read++;
      }
    }
    return Map.copyOf(counts.getOrDefault(word, Map.of()));
  }

  /**
   * Counts how {@code text} spells each of {@code words}, line by line, skipping shouted lines and, in
   * tokens of code or addresses, any spelling without inner capitals.
   */
  static void count(String text, Set<String> words, Map<String, Map<String, Integer>> counts) {
    for (String line : text.split("\n")) {
      if (WordSpelling.shouted(line)) {
        continue;
      }
      for (String token : line.split("\\s+")) {
        boolean code = CODE_TOKEN.matcher(token).matches();
        Matcher m = WordSpelling.words(token);
        while (m.find()) {
          String spelling = m.group();
          String key = WordSpelling.key(spelling);
          // In an address or a path a capital is still chosen (github.com/OpenAI); lower case is the syntax's.
          if (words.contains(key) && (!code || WordSpelling.distinctive(spelling))) {
            counts.computeIfAbsent(key, k -> new HashMap<>()).merge(spelling, 1, Integer::sum);
          }
        }
      }
    }
  }
}
