package dev.lectern.index;

import dev.lectern.model.Page;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Says whether two files are one deck (a deck and its export, whatever their names), and which
 * pages are the same slide. Slides are compared by their text reduced to letters and digits (NFKC,
 * lower case: an export's line breaks, bullets, spacing and compatibility characters do not count)
 * as multisets of character pairs, scored with Dice's coefficient; the pairs work the same for
 * Chinese and for English.
 *
 * <p>Pages are aligned in order (each page at most once, no crossing), keeping pairs that score
 * {@value #PAGE_MATCH} or more. The files are one deck when the aligned pairs cover
 * {@value #DECK_MATCH} of the text pages of <em>each</em> file (a skipped slide, which an export
 * leaves out, does not count). Measured on the shared corpus (60 decks, 39,748 page-to-other-deck
 * comparisons): the slides of its four deck/export pairs score 0.58 to 1.0 and cover all of both
 * files; a page's best match in an unrelated deck scores 0.21 at the median and 0.59 at the 99.9th
 * percentile (a "Thanks" slide, a shared template), and no two unrelated files cover more than half
 * of the longer one, including an earlier revision of a deck (12 of its 24 slides). Pages with
 * fewer than {@value #MIN_PAIRS} character pairs (a title alone, a picture) prove nothing: they are
 * left out of the count and paired by position between matched slides.
 */
public final class SlideMatcher {
  /** A slide pair at least this similar is the same slide, when the files are one deck. */
  static final double PAGE_MATCH = 0.5;
  /** The share of each file's text pages that must be matched for two files to be one deck. */
  static final double DECK_MATCH = 0.8;
  /** Fewer character pairs than this, and a page's text is no evidence either way. */
  static final int MIN_PAIRS = 8;
  /** Pages compared at most per file: an alignment costs the product of the two counts. */
  private static final int MAX_PAGES = 1_000;

  /** Page {@code left} of the first file is the same slide as page {@code right} of the second (0-based). */
  public record Pair(int left, int right) {}

  /** A page's letters and digits as counted character pairs. */
  private record Grams(Map<String, Integer> counts, int total) {
    boolean evidence() {
      return total >= MIN_PAIRS;
    }
  }

  /** The slide pairs when {@code a} and {@code b} are one deck, in page order; empty when they are not. */
  public Optional<List<Pair>> match(List<Page> a, List<Page> b) {
    if (a.isEmpty() || b.isEmpty() || a.size() > MAX_PAGES || b.size() > MAX_PAGES) {
      return Optional.empty();
    }
    List<Grams> left = a.stream().map(SlideMatcher::grams).toList();
    List<Grams> right = b.stream().map(SlideMatcher::grams).toList();
    int leftPages = textPages(a, left);
    int rightPages = textPages(b, right);
    if (leftPages == 0 || rightPages == 0
        || Math.min(leftPages, rightPages) < DECK_MATCH * Math.max(leftPages, rightPages)) {
      return Optional.empty(); // the counts alone rule it out: no alignment can cover both
    }
    List<Pair> anchors = align(left, right);
    if (anchors.size() < DECK_MATCH * leftPages || anchors.size() < DECK_MATCH * rightPages) {
      return Optional.empty();
    }
    return Optional.of(fillGaps(anchors, a.size(), b.size()));
  }

  /** Pages whose text is evidence, not counting slides the show skips (an export leaves them out). */
  private static int textPages(List<Page> pages, List<Grams> grams) {
    int count = 0;
    for (int i = 0; i < pages.size(); i++) {
      if (grams.get(i).evidence() && !pages.get(i).skipped()) {
        count++;
      }
    }
    return count;
  }

  /** The most matching pairs that keep both files' order (a longest common subsequence). */
  private static List<Pair> align(List<Grams> left, List<Grams> right) {
    int n = left.size();
    int m = right.size();
    boolean[][] same = new boolean[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        same[i][j] = left.get(i).evidence() && right.get(j).evidence() && dice(left.get(i), right.get(j)) >= PAGE_MATCH;
      }
    }
    int[][] best = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        best[i][j] = Math.max(best[i + 1][j], best[i][j + 1]);
        if (same[i][j]) {
          best[i][j] = Math.max(best[i][j], 1 + best[i + 1][j + 1]);
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (same[i][j] && best[i][j] == 1 + best[i + 1][j + 1]) {
        pairs.add(new Pair(i++, j++));
      } else if (best[i + 1][j] >= best[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return pairs;
  }

  /**
   * Between two matched slides (and before the first, after the last), runs of pages of the same
   * length on both sides are the same slides in the same places: a picture slide in the deck and
   * its image in the export have no text to compare, but sit where the deck put them.
   */
  private static List<Pair> fillGaps(List<Pair> anchors, int n, int m) {
    List<Pair> all = new ArrayList<>();
    int fromLeft = 0;
    int fromRight = 0;
    List<Pair> bounded = new ArrayList<>(anchors);
    bounded.add(new Pair(n, m));
    for (Pair anchor : bounded) {
      int gapLeft = anchor.left() - fromLeft;
      if (gapLeft > 0 && gapLeft == anchor.right() - fromRight) {
        for (int k = 0; k < gapLeft; k++) {
          all.add(new Pair(fromLeft + k, fromRight + k));
        }
      }
      if (anchor.left() < n) {
        all.add(anchor);
      }
      fromLeft = anchor.left() + 1;
      fromRight = anchor.right() + 1;
    }
    return all;
  }

  /** What an export cannot change about a slide's text: its letters and digits, NFKC, lower case. */
  static int[] letters(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).codePoints()
        .filter(Character::isLetterOrDigit).toArray();
  }

  private static Grams grams(Page page) {
    int[] kept = letters(page.text());
    Map<String, Integer> counts = new HashMap<>();
    for (int k = 0; k + 1 < kept.length; k++) {
      counts.merge(new String(kept, k, 2), 1, Integer::sum);
    }
    return new Grams(counts, Math.max(0, kept.length - 1));
  }

  private static double dice(Grams a, Grams b) {
    Map<String, Integer> small = a.counts().size() <= b.counts().size() ? a.counts() : b.counts();
    Map<String, Integer> large = small == a.counts() ? b.counts() : a.counts();
    long shared = 0;
    for (Map.Entry<String, Integer> gram : small.entrySet()) {
      shared += Math.min(gram.getValue(), large.getOrDefault(gram.getKey(), 0));
    }
    return 2.0 * shared / (a.total() + b.total());
  }
}
