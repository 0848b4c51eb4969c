package dev.lectern.archive;

import dev.lectern.model.Extraction;
import dev.lectern.model.Page;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first slide with text, read the way a person reads it: its main line (the first line that is
 * not boilerplate, a person, a date or a link; a line ending in "of" or "A" continues on the next),
 * the people named just below it, and a date. An "About me" slide among the first few adds its person.
 * {@code source} is where that slide's text came from ({@link Page#TEXT}, or OCR in part or whole).
 */
record TitleSlide(List<String> lines, int mainIndex, String text, List<String> aboutLines, String source) {
  private static final int LINES_READ = 8;
  private static final int PAGES_FOR_ABOUT = 4;
  private static final Pattern ABOUT = Pattern.compile(
      "(?iu)^(?:about\\s*me|who\\s*am\\s*i\\??|关于我|自我介绍|关于\\s*[–—-].*|speaker|讲者介绍).*");

  static TitleSlide of(Extraction extraction) {
    List<Page> pages = extraction.pages();
    Optional<Page> first = pages.stream().filter(p -> !p.text().isBlank()).findFirst();
    String deck = String.join("\n", pages.stream().map(Page::text).toList());
    // A word glued at a lost line break occurs once; one the deck uses again is a real word.
    java.util.function.Predicate<String> known = word -> deck.indexOf(word) != deck.lastIndexOf(word);
    List<String> lines = first.map(p -> lines(p.text(), known)).orElse(List.of());
    List<String> about = new ArrayList<>();
    for (Page page : pages.subList(0, Math.min(PAGES_FOR_ABOUT, pages.size()))) {
      List<String> pageLines = lines(page.text());
      for (int i = 0; i < pageLines.size(); i++) {
        if (ABOUT.matcher(pageLines.get(i)).matches() && pageLines.get(i).length() < 40) {
          // The header ("关于 – 王子实") or the one line under it names the person; further lines are their CV.
          about.add(pageLines.get(i));
          about.add(i + 1 < pageLines.size() ? pageLines.get(i + 1) : "");
          break;
        }
      }
    }
    return new TitleSlide(lines, mainIndex(lines), first.map(Page::text).orElse(""), about,
        first.map(Page::source).orElse(Page.TEXT));
  }

  TitleSlide(List<String> lines, int mainIndex, String text, List<String> aboutLines) {
    this(lines, mainIndex, text, aboutLines, Page.TEXT);
  }

  /** Whether some of the slide's lines were recognised from its image rather than typed in the file. */
  boolean recognised() {
    return !source.equals(Page.TEXT);
  }

  /** The title line (joined with its continuation), or empty. */
  String main() {
    if (mainIndex < 0) {
      return "";
    }
    String title = lines.get(mainIndex);
    for (int i = mainIndex + 1; i < lines.size() && TitleText.unfinished(title); i++) {
      title = title + " " + lines.get(i);
    }
    return title;
  }

  /** The lines right after the title (and before it, where some templates put the speaker). */
  List<String> nearTitle() {
    int from = Math.max(0, mainIndex < 0 ? 0 : mainIndex - 2);
    int to = Math.min(lines.size(), (mainIndex < 0 ? 0 : mainIndex) + 4);
    List<String> near = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (i != mainIndex) {
        near.add(lines.get(i));
      }
    }
    return near;
  }

  Optional<String> date() {
    return lines.stream().limit(LINES_READ * 2L).map(DateShapes::find).flatMap(Optional::stream)
        .map(DateShapes.Found::iso).findFirst();
  }

  /** The first line that can title a talk; the event's own name ("MLIR Open Meeting") only if nothing else. */
  private static int mainIndex(List<String> lines) {
    int event = -1;
    for (int i = 0; i < Math.min(LINES_READ, lines.size()); i++) {
      String line = TitleText.clean(lines.get(i));
      if (line.codePoints().filter(Character::isLetter).count() < 2 || TitleText.boilerplate(line)
          || TitleText.garbled(line) || !PersonLines.read(line).isEmpty() || TitleText.authorList(line)) {
        continue;
      }
      String undated = DateShapes.without(line);
      if (!undated.equals(line) && undated.split("\\s+").length < 4) {
        continue;
      }
      if (!TitleText.eventLabel(line)) {
        return i;
      }
      event = event < 0 ? i : event;
    }
    return event;
  }

  private static List<String> lines(String text) {
    return lines(text, word -> true);
  }

  private static List<String> lines(String text, java.util.function.Predicate<String> known) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).lines().map(String::strip).filter(l -> !l.isEmpty())
        .flatMap(l -> TitleText.unglue(l, known).stream()).filter(l -> !l.isEmpty()).toList();
  }
}
