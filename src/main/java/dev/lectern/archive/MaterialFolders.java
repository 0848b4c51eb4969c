package dev.lectern.archive;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Folders of material are not meetups. An undated folder (no date in its path, no {@code meetup.json})
 * that sits beside or below a folder of dated meetups holds what those events share
 * (design notes, call-for-contributions decks), not an event of its own: its talks belong to the
 * nearest folder of dated meetups above it: an undated meetup of that folder, which
 * {@link SeriesInference} puts in the series of the dated ones. An undated file beside files that
 * name their events by date or number is that folder's material, and stays there.
 */
final class MaterialFolders {
  private MaterialFolders() {}

  /** The placements with the talks of material folders moved to the parent folder's undated meetup. */
  static Map<String, ArchiveLayout.Placement> regroup(Map<String, ArchiveLayout.Placement> placements,
      ArchiveLayout layout, Set<String> declaredMeetups, String rootName) {
    Set<String> datedParents = new HashSet<>();
    for (ArchiveLayout.Placement p : placements.values()) {
      if (dated(p.meetup(), layout, rootName)) {
        String folder = p.meetup().folder();
        if (!p.meetup().fileEvent().isEmpty()) {
          datedParents.add(folder); // its files name the events: the folder holds them
        }
        for (int slash = folder.lastIndexOf('/'); slash > 0; slash = folder.lastIndexOf('/', slash - 1)) {
          datedParents.add(folder.substring(0, slash));
        }
      }
    }
    Map<String, ArchiveLayout.Placement> out = new LinkedHashMap<>();
    for (Map.Entry<String, ArchiveLayout.Placement> e : placements.entrySet()) {
      ArchiveLayout.Placement p = e.getValue();
      String folder = p.meetup().folder();
      String parent = declaredMeetups.contains(folder) || dated(p.meetup(), layout, rootName)
          || datedParents.contains(folder) ? "" : nearest(folder, datedParents);
      out.put(e.getKey(), parent.isEmpty() ? p
          : new ArchiveLayout.Placement(new ArchiveLayout.MeetupKey(parent, ""), p.talkFolder(), p.talkKey(), p.idSource()));
    }
    return out;
  }

  /** The nearest folder above {@code folder} that holds dated meetups, or "" when none does. */
  private static String nearest(String folder, Set<String> datedParents) {
    for (int slash = folder.lastIndexOf('/'); slash > 0; slash = folder.lastIndexOf('/', slash - 1)) {
      if (datedParents.contains(folder.substring(0, slash))) {
        return folder.substring(0, slash);
      }
    }
    return "";
  }

  private static boolean dated(ArchiveLayout.MeetupKey key, ArchiveLayout layout, String rootName) {
    ArchiveLayout.MeetupGuess guess = layout.guess(key, rootName);
    return SeriesInference.placed(guess.date(), guess.title());
  }
}
