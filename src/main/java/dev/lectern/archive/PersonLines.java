package dev.lectern.archive;

import dev.lectern.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the people a line of a title slide names: {@code Speaker: Jane Doe}, {@code Presented by
 * Feng Liyuan}, {@code Mark Saroufim}, {@code Justin Chu, Maanav Dalal}, {@code Thien Tran – 2024/10/06},
 * {@code HUANG HUA(黄华)}, {@code Andrey Petrov (@shazow)}, {@code Eikan Wang(eikan.wang@intel.com)},
 * {@code 彭泽文}, {@code broad@APICloud}. A line that reads as a title is not a name.
 */
final class PersonLines {
  private static final Pattern LABEL = Pattern.compile(
      "(?i)^(?:speakers?|presenters?|presented by|by|authors?|讲者|演讲者|主讲人?|分享人|分享者|嘉宾|姓名|关于)\\s*[:：–—-]?\\s*(.+)$");
  private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?|\\p{Lu}{2,}");
  private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "le", "la", "bin");
  /** What organisations are called: "Jane Roe, Acme Analytics" names one person and her employer. */
  private static final Set<String> ORGANISATION_WORDS = Set.of(
      "analytics", "technologies", "technology", "solutions", "consulting", "llc", "gmbh", "corporation",
      "institute", "foundation", "networks", "studio", "studios", "partners", "ventures", "holdings", "inc",
      "ltd", "corp", "company", "labs", "lab", "university", "software", "systems", "research", "group");
  /** Words that make a capitalised phrase a title, not a name; an organisation's words among them. */
  private static final Set<String> NOT_NAME_WORDS = Stream.concat(ORGANISATION_WORDS.stream(), Stream.of(
      "and", "or", "the", "of", "for", "to", "in", "on", "with", "a", "an", "your", "my", "our", "how", "what",
      "why", "is", "are", "from", "by", "into", "at", "new", "introduction", "update", "overview", "guide",
      "gateway", "single", "system", "service", "services", "model", "models", "data", "engine", "framework",
      "frameworks", "learning", "deep", "open", "source", "meeting", "meetup", "lecture", "project", "backend",
      "team", "user", "users", "linux", "cloud", "kernel", "kernels", "performance", "engineering", "training",
      "design", "management", "package", "server", "client", "network", "security", "web", "mobile", "app", "apps",
      "talk", "demo", "workshop", "conference", "summit", "community", "python", "java", "thank", "thanks",
      "questions", "agenda", "about", "me", "who", "am", "i", "hello", "welcome", "architecture", "optimization",
      "compiler", "compilers", "computing", "programming", "development", "analysis", "hardware", "platform",
      "infrastructure", "core", "runtime"))
      .collect(Collectors.toUnmodifiableSet());
  private static final Pattern GLUED_EMAIL = Pattern.compile("([\\p{L} .'-]+?)\\s*\\(?([\\w.+-]+)@[\\w-]+(?:\\.[\\w-]+)+\\)?");
  private static final Pattern HANDLE_AT_ORG =
      Pattern.compile("^([a-z][a-z0-9_-]{1,19})@(\\p{L}[\\p{L}\\d&-]{1,30})(?:\\s.*)?$");

  private PersonLines() {}

  /** The people on {@code line}, or none when it does not read as a list of names. */
  static List<Speaker> read(String line) {
    String text = DateShapes.without(line.strip()).replaceAll("^[\\s•●\\-–—*]+", "").strip();
    Matcher labelled = LABEL.matcher(text);
    if (labelled.matches()) {
      return list(labelled.group(1));
    }
    Matcher handle = HANDLE_AT_ORG.matcher(text);
    if (handle.matches()) {
      return List.of(new Speaker(handle.group(1), handle.group(2)));
    }
    return list(text);
  }

  /**
   * A long run of capitalised names with nothing between them ({@code Mengdi Wu Xinhao Cheng Shengyu
   * Liu …}) cannot be split for sure; its first two words are most likely the first author.
   */
  static Optional<Speaker> leadingPair(String line) {
    String[] tokens = line.strip().split("\\s+");
    if (tokens.length < 4 || tokens.length > 30) {
      return Optional.empty();
    }
    for (String token : tokens) {
      if (!NAME_TOKEN.matcher(token).matches() || NOT_NAME_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
    }
    return Optional.of(new Speaker(tokens[0] + " " + tokens[1], ""));
  }

  private static List<Speaker> list(String text) {
    List<Speaker> people = new ArrayList<>();
    // Separators inside parentheses belong to an affiliation: Sean Silva (Google/IREE).
    String flat = Pattern.compile("[(（][^)）]*[)）]").matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(m.group().replaceAll("[,，、;；&/|]", " ")));
    String[] parts = flat.split("\\s*(?:[,，、;；&/|]|\\band\\b|\\s[–—-]\\s)\\s*");
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isBlank()) {
        continue;
      }
      Optional<Speaker> one = one(parts[i].strip());
      if (one.isEmpty()) {
        // "Jane Roe, Acme Analytics": the last part names where the people before it work.
        if (i == parts.length - 1 && !people.isEmpty() && organisation(parts[i])) {
          String org = parts[i].strip();
          return people.stream().map(p -> p.affiliation().isEmpty() ? new Speaker(p.name(), org, p.aliases()) : p)
              .toList();
        }
        return List.of();
      }
      people.add(one.get());
    }
    return people.size() <= 8 ? people : List.of();
  }

  /** Capitalised words, one of them what organisations are called: {@code Kelpwave Analytics}, {@code Acme Inc}. */
  private static boolean organisation(String part) {
    String[] words = part.strip().split("\\s+");
    return words.length <= 5 && java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
        && java.util.Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT).replaceAll("[.,]", ""))
            .anyMatch(ORGANISATION_WORDS::contains);
  }

  /** One name, optionally followed by {@code (alias)}, {@code (@handle)}, {@code (Org)}, {@code @Org} or an email. */
  static Optional<Speaker> one(String part) {
    Matcher email = GLUED_EMAIL.matcher(part);
    if (email.matches()) {
      return gluedEmail(email.group(1).strip(), email.group(2));
    }
    String name = part;
    String extra = "";
    Matcher paren = Pattern.compile("^(.+?)\\s*[(（]([^)）]+)[)）]\\s*$").matcher(part);
    if (paren.matches()) {
      name = paren.group(1).strip();
      extra = paren.group(2).strip();
    }
    String affiliation = "";
    int at = name.indexOf('@');
    if (at > 0) {
      affiliation = name.substring(at + 1).strip();
      name = name.substring(0, at).strip();
    }
    Optional<Speaker> han = PersonNames.hanName(name);
    if (han.isPresent()) {
      return Optional.of(new Speaker(han.get().name(), affiliation, aliasOf(extra)));
    }
    if (!latinName(name)) {
      return Optional.empty();
    }
    List<String> aliases = aliasOf(extra);
    String org = aliases.isEmpty() && !extra.isEmpty() && !extra.contains("@") ? extra : affiliation;
    return Optional.of(new Speaker(displayCase(name), org, aliases));
  }

  /** {@code Keren Zhoukzhou6@gmu.edu}: the name ends where the mailbox, which repeats the surname, starts. */
  private static Optional<Speaker> gluedEmail(String before, String local) {
    if (latinName(before)) {
      return Optional.of(new Speaker(displayCase(before), ""));
    }
    Matcher surname = Pattern.compile("^(\\p{Lu}\\p{Ll}+)(\\p{Ll}[\\p{Ll}\\d._-]*)$").matcher(local);
    for (int cut = local.length() - 1; surname.matches() && cut >= 2; cut--) {
      String last = local.substring(0, cut);
      String mailbox = local.substring(cut).toLowerCase(Locale.ROOT);
      if (last.matches("\\p{Lu}\\p{Ll}+") && mailbox.contains(last.toLowerCase(Locale.ROOT))
          && latinName(before + " " + last)) {
        return Optional.of(new Speaker(before + " " + last, ""));
      }
    }
    return Optional.empty();
  }

  /** Two to four capitalised words (particles allowed), none of them a word titles are made of. */
  static boolean latinName(String text) {
    String[] tokens = text.strip().split("\\s+");
    if (tokens.length < 2 || tokens.length > 4) {
      return false;
    }
    int names = 0;
    boolean allCaps = text.equals(text.toUpperCase(Locale.ROOT));
    for (String token : tokens) {
      String lower = token.toLowerCase(Locale.ROOT);
      if (NOT_NAME_WORDS.contains(lower)) {
        return false;
      }
      if (PARTICLES.contains(token)) {
        continue;
      }
      boolean capsToken = token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT));
      if (!NAME_TOKEN.matcher(token).matches() || token.length() > 14 || capsToken && !allCaps) {
        return false;
      }
      names++;
    }
    return names >= 2;
  }

  private static List<String> aliasOf(String extra) {
    if (extra.isEmpty()) {
      return List.of();
    }
    String e = extra.startsWith("@") ? extra.substring(1) : extra;
    boolean han = PersonNames.hanName(e.replace(" ", "")).isPresent();
    return han ? List.of(e.replace(" ", "")) : extra.startsWith("@") || latinName(e) ? List.of(e) : List.of();
  }

  /** {@code HUANG HUA} → {@code Huang Hua}; names already in mixed case keep it. */
  private static String displayCase(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return name.strip().replaceAll("\\s+", " ");
    }
    StringBuilder out = new StringBuilder();
    for (String token : name.strip().split("\\s+")) {
      out.append(out.isEmpty() ? "" : " ").append(token.charAt(0)).append(token.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
