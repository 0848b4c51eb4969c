package dev.lectern.archive;

import dev.lectern.model.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges the people found for one talk into speakers: names that are one person (see
 * {@link NameForms}) become one speaker whose display name is the most trusted full name and whose
 * other names are aliases; an affiliation found with any of them is kept.
 */
final class SpeakerChoice {
  /** A person as one source named them. */
  record Mention(Speaker speaker, String source, double confidence) {}

  /** The merged speakers, most trusted first, and the trust of the least trusted kept. */
  record Result(List<Speaker> speakers, Candidate provenance) {}

  private final NameForms forms;

  SpeakerChoice(NameForms forms) {
    this.forms = forms;
  }

  Result merge(List<Mention> mentions) {
    List<List<Mention>> groups = new ArrayList<>();
    for (Mention m : mentions) {
      List<Mention> home = groups.stream().filter(g -> g.stream().anyMatch(o -> same(o, m))).findFirst().orElse(null);
      if (home == null) {
        groups.add(new ArrayList<>(List.of(m)));
      } else {
        home.add(m);
      }
    }
    groups.sort(Comparator.comparingDouble(SpeakerChoice::trust).reversed());
    List<Speaker> speakers = new ArrayList<>();
    for (List<Mention> group : groups) {
      speakers.add(speaker(group));
    }
    if (groups.isEmpty()) {
      return new Result(List.of(), new Candidate("", "none", 0));
    }
    List<Mention> first = groups.get(0);
    Mention best = first.stream().max(Comparator.comparingDouble(Mention::confidence)).orElseThrow();
    double merged = Math.min(0.95, trust(first) + 0.1 * (first.stream().map(Mention::source).distinct().count() - 1));
    return new Result(speakers, new Candidate(best.speaker().name(), best.source(), merged));
  }

  private boolean same(Mention a, Mention b) {
    List<String> namesA = names(a.speaker());
    List<String> namesB = names(b.speaker());
    return namesA.stream().anyMatch(x -> namesB.stream().anyMatch(y -> forms.samePerson(x, y)));
  }

  private static List<String> names(Speaker s) {
    List<String> all = new ArrayList<>(s.aliases());
    all.add(0, s.name());
    return all;
  }

  private static double trust(List<Mention> group) {
    return group.stream().mapToDouble(Mention::confidence).max().orElse(0);
  }

  /** Display name: the most trusted mention, a full name preferred over a one-word handle. */
  private static Speaker speaker(List<Mention> group) {
    Mention shown = group.stream().max(Comparator.comparingDouble((Mention m) -> m.confidence()
        + (m.speaker().name().contains(" ") || !m.speaker().name().matches("[a-z0-9_.-]+") ? 0.3 : 0))).orElseThrow();
    List<String> aliases = new ArrayList<>();
    String affiliation = shown.speaker().affiliation();
    for (Mention m : group) {
      aliases.addAll(names(m.speaker()));
      affiliation = affiliation.isEmpty() ? m.speaker().affiliation() : affiliation;
    }
    String name = shown.speaker().name();
    String folded = dev.lectern.model.Speaker.fold(name);
    if (!folded.equals(name)) {
      aliases.add(folded);
    }
    return new Speaker(name, affiliation, aliases);
  }
}
