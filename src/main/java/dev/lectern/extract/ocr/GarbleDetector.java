package dev.lectern.extract.ocr;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Scores text for the ways a text layer goes wrong: glyphs mapped to consecutive code points, Han
 * characters no Chinese charset has, private-use or unassigned characters, and UTF-8 read as
 * Latin-1. A detector holds charset encoders, which are not thread-safe: one per thread.
 */
public final class GarbleDetector {
  private final CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
  private final CharsetEncoder big5 = Charset.forName("Big5").newEncoder();

  public GarbleScore score(String text) {
    if (text == null || text.isBlank()) {
      return GarbleScore.CLEAN;
    }
    int visible = 0;
    int pairs = 0;
    int sequential = 0;
    int han = 0;
    int rareHan = 0;
    int invalid = 0;
    int mojibake = 0;
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        previous = -1;
        continue;
      }
      visible++;
      if (previous >= 0) {
        pairs++;
        if (c == previous + 1) {
          sequential++;
        }
        if (isUtf8Lead(previous) && isUtf8Continuation(c)) {
          mojibake += 2;
        }
      }
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && Character.isLetter(c)) {
        han++;
        if (!encodable(c)) {
          rareHan++;
        }
      }
      if (isInvalid(c)) {
        invalid++;
      }
      previous = c;
    }
    return new GarbleScore(sequential, pairs, share(rareHan, han), han, share(invalid, visible),
        share(Math.min(mojibake, visible), visible), visible);
  }

  /**
   * Whether a file looks Chinese by its name or title but has no Han in any of its text: a deck
   * whose Chinese was mapped to wrong code points. On its own not proof (English decks carry a
   * Chinese speaker's name), so it only lowers the bar of the other signals.
   */
  public static boolean suspectDeck(String fileName, String title, java.util.List<String> texts) {
    return (hasHan(fileName) || hasHan(title)) && texts.stream().noneMatch(GarbleDetector::hasHan);
  }

  /** Whether {@code text} has any Han character at all. */
  public static boolean hasHan(String text) {
    return text != null
        && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private boolean encodable(int codePoint) {
    String character = Character.toString(codePoint);
    return gb2312.canEncode(character) || big5.canEncode(character);
  }

  private static boolean isInvalid(int c) {
    int type = Character.getType(c);
    return c == 0xFFFD || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE;
  }

  /** Latin-1 characters that a UTF-8 lead byte (0xC2-0xF4) turns into when read byte by byte. */
  private static boolean isUtf8Lead(int c) {
    return c >= 0xC2 && c <= 0xF4;
  }

  /**
   * A UTF-8 continuation byte (0x80-0xBF) read as Latin-1, or as Windows-1252, which maps 0x80-0x9F
   * to punctuation such as {@code € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ}.
   */
  private static boolean isUtf8Continuation(int c) {
    return (c >= 0x80 && c <= 0xBF) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(c) >= 0;
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
