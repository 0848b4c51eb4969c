package dev.lectern.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Organizers' writes to the archive's speakers.json: one person's name, other names and affiliation.
 * Runs under the {@link Curator}'s lock, so it is ordered with every other write.
 */
public final class PeopleCurator {
  private final LongSupplier reindex;
  private final MetadataPatch patches;
  private final Object lock;

  PeopleCurator(ArchiveEditor editor, AuditLog audit, LongSupplier reindex, Object lock) {
    this.reindex = reindex;
    this.patches = new MetadataPatch(editor, audit);
    this.lock = lock;
  }

  /** Declares a person: a new entry, or the aliases and affiliation added to the entry of that name. */
  public SpeakersJson declare(String user, SpeakersJson.Person person) throws IOException {
    synchronized (lock) {
      SpeakersJson written = patches.apply(user, "edit-speakers", person.name(), SpeakersJson.FILE, SpeakersJson.class,
          SpeakersJson.NONE, new SpeakersJson(List.of(person)), PeopleCurator::merge);
      reindex.getAsLong();
      return written;
    }
  }

  private static SpeakersJson merge(SpeakersJson current, SpeakersJson patch) {
    List<SpeakersJson.Person> people = new ArrayList<>(current.speakers());
    for (SpeakersJson.Person added : patch.speakers()) {
      int at = -1;
      for (int i = 0; i < people.size(); i++) {
        if (people.get(i).name().equals(added.name())) {
          at = i;
        }
      }
      if (at < 0) {
        people.add(added);
        continue;
      }
      SpeakersJson.Person old = people.get(at);
      List<String> aliases = new ArrayList<>(old.aliases());
      added.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
      people.set(at, new SpeakersJson.Person(old.name(),
          added.affiliation().isEmpty() ? old.affiliation() : added.affiliation(), aliases));
    }
    return new SpeakersJson(people);
  }
}
