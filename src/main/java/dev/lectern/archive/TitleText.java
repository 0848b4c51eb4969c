package dev.lectern.archive;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a candidate title looks like: boilerplate a tool or template wrote, the name of the event
 * rather than the talk, text from a PDF whose fonts map to the wrong characters, or a plausible
 * title. Also the cleaning every candidate gets and the word sets used to compare two titles.
 */
final class TitleText {
  /** Lines every deck has that never title it, in the languages of the archives seen so far. */
  private static final Pattern BOILERPLATE = Pattern.compile("(?iu)^(?:"
      + "about\\s*me|about\\s*us|who\\s*am\\s*i\\??|agenda|outline|contents?|table of contents|overview|"
      + "thank\\s*you!?|thanks!?|q\\s*&\\s*a|questions\\??|any questions\\??|introduction|intro|"
      + "目\\s*录|提\\s*纲|大\\s*纲|关于我|自我介绍|谢\\s*谢|感谢|问答|内容提要|分享内容|"
      + "inhalt|agenda|über mich|danke|sommaire|merci|à propos de moi|índice|gracias|"
      + "click to (?:add|edit) .*|单击此处.*|点击此处.*|klicken sie.*|cliquez pour.*|"
      + "untitled.*|无标题.*|title|no title|slide\\s*\\d*|幻灯片\\s*\\d*|page\\s*\\d*|\\d+(?:\\s*/\\s*\\d+)?)$");
  /** A tool, template or editor name in the title field: PowerPoint-Präsentation, Keynote, Google Slides. */
  private static final Pattern TOOL = Pattern.compile(
      "(?iu).*\\b(?:power\\s*point|keynote|google (?:slides|docs)|libreoffice|openoffice|impress|wps)\\b.*|.*演示文稿.*");
  /** "Presentation" in the languages templates ship in: a short title with it is a template's name. */
  private static final Pattern PRESENTATION_WORD = Pattern.compile(
      "(?iu).*\\b(?:presentations?\\d*|präsentation|présentation|presentación|presentazione|apresentação|"
          + "presentatie|prezentacja|template|vorlage|modèle|plantilla)\\b.*");
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?iu).*(?:©|\\(c\\)\\s*\\d{4}|copyright|all rights reserved|confidential|internal use only|版权所有).*");
  private static final Pattern EVENT = Pattern.compile(
      "(?iu).*\\b(?:lecture|session|meetup|meeting|episode|week|class|course|workshop|webinar|conference|summit)"
          + "s?(?:\\b|(?=\\d))\\s*(?:#|no\\.?)?\\s*\\d*.*|.*第\\s*\\d+\\s*[期届次讲课].*|.*(?:课程介绍|分享会|沙龙).*");
  private static final Pattern URL_OR_MAIL = Pattern.compile("(?i)(?:https?://|www\\.|bit\\.ly/)\\S*|\\S+@\\S+\\.\\S+");
  private static final Pattern BRACKET_LABEL = Pattern.compile("\\[[A-Z]{2,10}]");
  private static final Pattern AUTHORS = Pattern.compile(
      "\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+\\s*\\([^)]+\\)\\s*(?:&|,|and)\\s*\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+");
  private static final Pattern TAG = Pattern.compile("^\\s*\\[[^\\]]{1,20}]\\s*");
  private static final Pattern TOOL_SUFFIX = Pattern.compile(
      "(?i)\\s*[-–—|:]\\s*(?:google slides|google docs|meeting|slides?|deck|final|draft|v\\d+(?:\\.\\d+)*)\\s*$");
  /**
   * Markup a Markdown (or similar plain-text) source writes around a heading line: ATX heading marks
   * ({@code # }, {@code ## … ##}), a block quote, emphasis and code spans, and a link's target. A reader
   * sees the rendered words, so a title does too.
   */
  private static final Pattern HEADING_MARK = Pattern.compile("^(?:>\\s*)*#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern QUOTE_MARK = Pattern.compile("^(?:>\\s*)+");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile(
      "(?<![\\p{L}\\p{N}*_`])(\\*{1,3}|_{1,3}|`+)(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}*_`])");
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "of", "for", "to", "and", "in", "on", "with", "from", "into", "by", "at", "的", "与", "和");

  /** A lower-case letter right before an upper-case one: a word boundary, or where a PDF lost a line break. */
  private static final Pattern JUNCTION = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  private TitleText() {}

  /**
   * A line whose text layer lost its line breaks ({@code Deep Nets on ToastersJane RoeMay 3, 2022})
   * split where a date follows a lower-case letter with no space, and where a person's name does
   * right before such a date (the speaker-and-date lines under a title), unless the glued word is one
   * the deck uses elsewhere ({@code known}): camel-case words ({@code TensorFlow Serving}) read as a
   * word and a name too, and a name alone is never enough ({@code PyTorch Lightning}).
   */
  static java.util.List<String> unglue(String line, java.util.function.Predicate<String> known) {
    java.util.List<Integer> junctions = JUNCTION.matcher(line).results().map(java.util.regex.MatchResult::start).toList();
    java.util.LinkedList<String> pieces = new java.util.LinkedList<>();
    int end = line.length();
    for (int i = junctions.size() - 1; i >= 0; i--) {
      int at = junctions.get(i);
      String tail = line.substring(at, end).strip();
      boolean date = DateShapes.find(tail).filter(f -> f.start() == 0).isPresent();
      boolean beforeDate = !pieces.isEmpty() && DateShapes.find(pieces.getFirst()).filter(f -> f.start() == 0).isPresent();
      if (date || beforeDate && !PersonLines.read(tail).isEmpty() && PersonLines.latinName(tail)
          && !known.test(gluedWord(line, at))) {
        pieces.addFirst(tail);
        end = at;
      }
    }
    pieces.addFirst(line.substring(0, end).strip());
    return pieces;
  }

  /** The run of letters and digits around {@code at}: {@code CompilerStephen}, {@code TensorFlow}. */
  private static String gluedWord(String line, int at) {
    int from = at;
    while (from > 0 && Character.isLetterOrDigit(line.charAt(from - 1))) {
      from--;
    }
    int to = at;
    while (to < line.length() && Character.isLetterOrDigit(line.charAt(to))) {
      to++;
    }
    return line.substring(from, to);
  }

  /** NFKC (maps full-width and radical look-alikes), URLs, tags and tool suffixes out, spaces tidied. */
  static String clean(String raw) {
    String t = withoutMarkup(Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC).strip());
    t = URL_OR_MAIL.matcher(t).replaceAll(" ");
    t = TAG.matcher(t).replaceFirst("");
    t = TOOL_SUFFIX.matcher(t).replaceFirst("");
    return t.replaceAll("\\s+", " ").replaceAll("^[\\s\\-–—_|:·•●]+|[\\s\\-–—_|:·•●,]+$", "").strip();
  }

  /** The words a rendered Markdown line shows: {@code # termites *for* breakfast} reads "termites for breakfast". */
  static String withoutMarkup(String line) {
    String t = QUOTE_MARK.matcher(HEADING_MARK.matcher(line).replaceFirst("$1")).replaceFirst("");
    t = LINK.matcher(t).replaceAll("$1");
    return EMPHASIS.matcher(t).replaceAll("$2");
  }

  static boolean boilerplate(String text) {
    String t = text.strip();
    return t.isEmpty() || BOILERPLATE.matcher(t).matches() || TOOL.matcher(t).matches()
        || COPYRIGHT.matcher(t).matches() || words(t).size() <= 4 && PRESENTATION_WORD.matcher(t).matches();
  }

  /** Names the event (Lecture 2, Meetup #6, MLIR Open Meeting) rather than what the talk is about. */
  static boolean eventLabel(String text) {
    return EVENT.matcher(text).matches() && words(text).size() <= 5;
  }

  /** Mostly ASCII punctuation where letters should be, or radicals from a broken font map. */
  static boolean garbled(String text) {
    long symbols = text.codePoints().filter(c -> c < 128 && !Character.isLetterOrDigit(c) && c != ' ').count();
    long letters = text.codePoints().filter(Character::isLetter).count();
    return symbols * 2 > letters + 1 || text.codePoints().anyMatch(c -> c >= 0x2E80 && c <= 0x2FDF);
  }

  /** {@code [PUBLIC]}, {@code [RFC]}: a document's or thread's label, not a talk title. */
  static boolean hasBracketTag(String raw) {
    return raw != null && (TAG.matcher(raw).find() || BRACKET_LABEL.matcher(raw).find());
  }

  /** {@code Sean Silva (Google/IREE) & Anush Elangovan (nod.ai)}: people with affiliations, not a title. */
  static boolean authorList(String line) {
    return AUTHORS.matcher(line).find();
  }

  /** A title broken over lines ends in a word that cannot end it. */
  static boolean unfinished(String text) {
    String[] w = text.strip().split("\\s+");
    return FUNCTION_WORDS.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
  }

  /** Lower-case words (Han characters one by one), apostrophes dropped, a plural s folded. */
  static Set<String> words(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("['’]", "");
    t = t.replaceAll("(\\p{IsHan})", " $1 ");
    return Arrays.stream(t.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
        .map(w -> w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
        .collect(Collectors.toSet());
  }

  /** Two titles name the same talk: one's letters contain the other's, or most of their words are shared. */
  static boolean agree(String a, String b) {
    String la = letters(a);
    String lb = letters(b);
    if (la.isEmpty() || lb.isEmpty()) {
      return false;
    }
    if (la.equals(lb) || Math.min(la.length(), lb.length()) >= 4 && (la.contains(lb) || lb.contains(la))
        && Math.min(la.length(), lb.length()) * 2 >= Math.max(la.length(), lb.length())) {
      return true;
    }
    return dice(words(a), words(b)) >= 0.6;
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return 2.0 * shared / (a.size() + b.size());
  }

  static String letters(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
