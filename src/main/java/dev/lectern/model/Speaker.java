package dev.lectern.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * A person who gave a talk, with the affiliation they gave at the time (may be empty) and other
 * names the same person goes by: a romanisation, a handle, a spelling without diacritics.
 */
public record Speaker(String name, String affiliation, List<String> aliases) {
  public Speaker {
    Objects.requireNonNull(name, "name");
    String stripped = name.strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("speaker name must not be blank");
    }
    name = stripped;
    affiliation = affiliation == null ? "" : affiliation.strip();
    aliases = aliases == null ? List.of() : aliases.stream().map(String::strip)
        .filter(a -> !a.isEmpty() && !a.equals(stripped)).distinct().toList();
  }

  public Speaker(String name, String affiliation) {
    this(name, affiliation, List.of());
  }

  /**
   * The id of a speaker's page: the name folded so that case, spacing, diacritics and their German
   * transliteration ({@code Köpf}, {@code Koepf}) meet.
   */
  public String id() {
    return Slugs.of(fold(name));
  }

  /** Umlauts spelled out as their transliteration, other marks dropped by {@link Slugs}. */
  public static String fold(String name) {
    String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
    return composed.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
        .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
  }
}
