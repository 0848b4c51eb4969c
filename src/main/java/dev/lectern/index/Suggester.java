package dev.lectern.index;

import dev.lectern.model.Meetup;
import dev.lectern.model.Speaker;
import dev.lectern.model.Talk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Prefix completions for every keystroke: talk titles, speakers, meetups and tags whose text or any
 * word of it starts with the prefix, then the archive's most frequent words and identifiers with that
 * prefix, read straight from the terms dictionary of the unstemmed {@link Schema#SPELL} field.
 */
public final class Suggester {
  static final int MAX_TERMS_SCANNED = 2_000;

  private final SlideIndex index;

  public Suggester(SlideIndex index) {
    this.index = index;
  }

  public List<Suggestion> suggest(String prefix, int limit) throws IOException {
    String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    if (p.isEmpty()) {
      return List.of();
    }
    SlideIndex.Snapshot snapshot = index.acquire();
    try {
      Map<String, Suggestion> found = new LinkedHashMap<>();
      TalkCatalog catalog = snapshot.catalog();
      List<Talk> talks = catalog.talksNewestFirst();
      for (Talk talk : talks) {
        for (Speaker speaker : talk.speakers()) {
          offer(found, p, speaker.name(), "speaker", speaker.id());
        }
      }
      for (Meetup meetup : catalog.meetups()) {
        offer(found, p, meetup.title(), "meetup", meetup.id());
      }
      for (Talk talk : talks) {
        offer(found, p, talk.title(), "title", talk.id());
        for (String tag : talk.tags()) {
          offer(found, p, tag, "tag", null);
        }
      }
      List<Suggestion> result = new ArrayList<>(found.values().stream().limit(limit).toList());
      if (result.size() < limit) {
        for (String term : frequentTerms(snapshot.searcher().getIndexReader(), p, limit - result.size())) {
          if (found.keySet().stream().noneMatch(k -> k.endsWith("|" + term))) {
            result.add(new Suggestion(term, "term", null));
          }
        }
      }
      return result;
    } finally {
      index.release(snapshot);
    }
  }

  private static void offer(Map<String, Suggestion> found, String prefix, String text, String kind, String id) {
    String lower = text.toLowerCase(Locale.ROOT);
    String key = kind + "|" + lower;
    if (found.containsKey(key)) {
      return;
    }
    if (lower.startsWith(prefix) || wordStartsWith(lower, prefix)) {
      found.put(key, new Suggestion(text, kind, id));
    }
  }

  private static boolean wordStartsWith(String text, String prefix) {
    int at = text.indexOf(prefix);
    while (at > 0) {
      if (!Character.isLetterOrDigit(text.charAt(at - 1)) || isHan(text.charAt(at))) {
        return true;
      }
      at = text.indexOf(prefix, at + 1);
    }
    return false;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** The most frequent terms with the prefix, scanning a bounded stretch of the terms dictionary. */
  private static List<String> frequentTerms(IndexReader reader, String prefix, int limit) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.SPELL);
    if (terms == null || limit <= 0) {
      return List.of();
    }
    TermsEnum iterator = terms.iterator();
    BytesRef start = new BytesRef(prefix);
    if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    PriorityQueue<Map.Entry<String, Integer>> best =
        new PriorityQueue<>(Comparator.comparingInt(Map.Entry::getValue));
    int scanned = 0;
    for (BytesRef term = iterator.term(); term != null && scanned < MAX_TERMS_SCANNED; term = iterator.next()) {
      String text = term.utf8ToString();
      if (!text.startsWith(prefix)) {
        break;
      }
      scanned++;
      best.add(Map.entry(text, iterator.docFreq()));
      if (best.size() > limit) {
        best.poll();
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(best);
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return sorted.stream().map(Map.Entry::getKey).toList();
  }
}
