package dev.lectern.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How garbled one page's text looks, signal by signal. Each share is a fraction of the characters
 * it is measured over; {@link #garbled()} applies the thresholds, which sit far from what real text
 * scores (real decks: at most 0.073 sequential; the broken ones 0.41 and more).
 *
 * @param sequential how many adjacent non-space characters have a code point one more than the
 *     previous one (a subset font whose glyphs were mapped to consecutive code points spells
 *     {@code !"#$%&'()})
 * @param pairs how many adjacent non-space pairs there are
 * @param rareHan share of Han characters that neither GB2312 nor Big5 can encode
 * @param han how many Han characters the page has
 * @param invalid share of private-use, unassigned and replacement characters among non-space ones
 * @param mojibake share of characters that are UTF-8 bytes read as Latin-1 or Windows-1252
 * @param visible how many non-space characters the page has
 */
public record GarbleScore(
    int sequential, int pairs, double rareHan, int han, double invalid, double mojibake, int visible) {
  static final double MAX_SEQUENTIAL = 0.25;
  /** A deck named in Chinese whose text has no Han at all is suspect already: a lower bar. */
  static final double MAX_SEQUENTIAL_SUSPECT = 0.2;
  /** Short pages ("plan1 First steps") reach a high share by chance: so many steps are needed. */
  static final int MIN_SEQUENTIAL = 8;
  static final double MAX_RARE_HAN = 0.25;
  static final int MIN_HAN = 4;
  static final double MAX_INVALID = 0.1;
  static final double MAX_MOJIBAKE = 0.08;
  static final int MIN_VISIBLE = 6;

  public static final GarbleScore CLEAN = new GarbleScore(0, 0, 0, 0, 0, 0, 0);

  public boolean garbled() {
    return garbled(false);
  }

  /** {@code suspectDeck}: the file's name or title is Chinese but none of its text has Han. */
  public boolean garbled(boolean suspectDeck) {
    return !reasons(suspectDeck).isEmpty();
  }

  public double sequentialShare() {
    return pairs == 0 ? 0 : (double) sequential / pairs;
  }

  /** The signals over their thresholds, in words; empty for clean text. */
  public List<String> reasons(boolean suspectDeck) {
    List<String> reasons = new ArrayList<>();
    double maxSequential = suspectDeck ? MAX_SEQUENTIAL_SUSPECT : MAX_SEQUENTIAL;
    if (sequential >= MIN_SEQUENTIAL && sequentialShare() > maxSequential) {
      reasons.add(String.format(Locale.ROOT, "%.0f%% consecutive code points%s", sequentialShare() * 100,
          suspectDeck ? " in a Chinese-named deck without Han text" : ""));
    }
    if (han >= MIN_HAN && rareHan > MAX_RARE_HAN) {
      reasons.add(String.format(Locale.ROOT, "%.0f%% of Han characters outside GB2312 and Big5", rareHan * 100));
    }
    if (visible >= MIN_VISIBLE && invalid > MAX_INVALID) {
      reasons.add(String.format(Locale.ROOT, "%.0f%% private-use, unassigned or replacement characters",
          invalid * 100));
    }
    if (visible >= MIN_VISIBLE && mojibake > MAX_MOJIBAKE) {
      reasons.add(String.format(Locale.ROOT, "%.0f%% UTF-8 read as Latin-1", mojibake * 100));
    }
    return reasons;
  }
}
