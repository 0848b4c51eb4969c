package dev.lectern.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks a talk's title from its candidates. Each source starts from how far it is usually trusted —
 * a file name a person typed with spaces or in Chinese, then the title slide's main line, then the
 * document's title property, then a file-name slug — and candidates that agree with another source
 * gain. Boilerplate, garbled text, a speaker's name or handle, and the event's own name lose.
 */
final class TitleChoice {
  static final double SLIDE = 0.62;
  static final double PROPERTY = 0.58;
  /**
   * A title slide read by OCR: a picture's lettering, a logo or a misread ("SUPE | SPER") as often as
   * the title, so it titles the talk only when nothing better exists. Text added to a page's own
   * text layer by OCR cannot be told from it afterwards, so such a page counts as read by OCR.
   */
  static final double RECOGNISED = 0.2;
  private static final double AGREEMENT = 0.08;
  private static final double ON_SLIDE = 0.15;

  private TitleChoice() {}

  static Candidate choose(List<Candidate> fromNames, List<String> propertyTitles, List<TitleSlide> slides,
      Set<String> people) {
    List<Candidate> all = new ArrayList<>();
    fromNames.stream().filter(c -> c.confidence() > 0).forEach(all::add);
    propertyTitles.stream().map(t -> property(t, people)).filter(c -> c.confidence() > 0).forEach(all::add);
    slides.stream().map(TitleChoice::slide).filter(c -> c.confidence() > 0).forEach(all::add);
    if (all.isEmpty()) {
      return new Candidate("", "none", 0);
    }
    String slideText = String.join("\n", slides.stream().map(TitleSlide::text).toList());
    List<Candidate> scored = all.stream().map(c -> support(c, all, slideText)).toList();
    Candidate best = scored.stream().max(Comparator.comparingDouble(Candidate::confidence)).orElseThrow();
    // Keep the winner's trust, but show the agreeing spelling a person typed: mixed case, spaces, and
    // the title slide's over one rebuilt from a file name ("LoggingInPython" is "Logging in Python").
    Comparator<Candidate> typed = Comparator.comparingInt((Candidate c) -> casing(c.value()))
        .thenComparingInt(TitleChoice::typedByHand);
    Candidate shown = scored.stream().filter(c -> TitleText.agree(c.value(), best.value()))
        .filter(c -> TitleText.letters(c.value()).equals(TitleText.letters(best.value())))
        .max(typed).orElse(best);
    return new Candidate(typed.compare(shown, best) > 0 ? shown.value() : best.value(), best.source(),
        best.confidence());
  }

  /** How directly a person typed this spelling: on the slide, in the title field, or in a file name. */
  private static int typedByHand(Candidate c) {
    return c.source().equals("title slide") ? 2 : c.source().equals("document title") ? 1 : 0;
  }

  private static Candidate support(Candidate c, List<Candidate> all, String slideText) {
    long agreeing = all.stream().filter(o -> o != c && !o.source().equals(c.source()))
        .filter(o -> TitleText.agree(o.value(), c.value())).map(Candidate::source).distinct().count();
    double plus = Math.min(2, agreeing) * AGREEMENT;
    if (c.source().startsWith("file name") && TitleText.words(c.value()).size() >= 2
        && TitleText.letters(slideText).contains(TitleText.letters(c.value()))) {
      plus += ON_SLIDE;
    }
    return c.plus(plus);
  }

  private static Candidate property(String raw, Set<String> people) {
    String t = TitleText.clean(DateShapes.without(raw == null ? "" : raw));
    if (!usable(t) || isPerson(t, people)) {
      return new Candidate("", "document title", 0);
    }
    if (t.matches("(?i).+\\.(pdf|pptx?|key|odp|ppsx|docx?)$") || !t.contains(" ") && t.matches(".*[_-].*")) {
      return new Candidate(FileNameClues.read(t).title().value(), "document title (file name)", 0.4);
    }
    double confidence = TitleText.hasBracketTag(raw) || !t.equals(TitleText.clean(raw)) ? 0.3 : PROPERTY;
    if (TitleText.eventLabel(t)) {
      confidence = 0.15;
    } else if (t.matches("\\p{Ll}[\\p{Ll}\\d]*")) {
      confidence = 0.2; // one lower-case word in the title field is usually a user name
    }
    return new Candidate(t, "document title", confidence);
  }

  private static Candidate slide(TitleSlide slide) {
    String raw = slide.main();
    String t = TitleText.clean(DateShapes.without(raw));
    if (!usable(t)) {
      return new Candidate("", "title slide", 0);
    }
    int words = t.split("\\s+").length;
    double confidence = SLIDE;
    if (TitleText.eventLabel(t)) {
      confidence = 0.15;
    } else if (TitleText.hasBracketTag(raw)) {
      confidence = 0.3;
    } else if (!t.equals(TitleText.clean(raw))) {
      confidence = 0.52; // a date had to be cut out of the line
    } else if (words > 14 || t.endsWith(".")) {
      confidence = 0.45; // a sentence, not a title
    } else if (TitleText.words(t).size() == 1 && t.length() < 8) {
      confidence = 0.4;
    }
    return slide.recognised()
        ? new Candidate(t, "title slide (OCR)", Math.min(confidence, RECOGNISED))
        : new Candidate(t, "title slide", confidence);
  }

  private static boolean usable(String t) {
    return t.codePoints().filter(Character::isLetter).count() >= 2 && t.length() <= 200
        && !TitleText.boilerplate(t) && !TitleText.garbled(t);
  }

  private static boolean isPerson(String t, Set<String> people) {
    String key = NameForms.key(t);
    return people.stream().anyMatch(p -> NameForms.key(p).equals(key));
  }

  /** Mixed case beats all capitals or all lower case. */
  private static int casing(String s) {
    boolean upper = s.equals(s.toUpperCase(Locale.ROOT));
    boolean lower = s.equals(s.toLowerCase(Locale.ROOT));
    return upper || lower ? 0 : 1;
  }
}
