package dev.lectern.archive;

import java.util.List;

/**
 * Picks when a talk was given. A day-precise date in the folders wins; a partial one (a year or
 * month folder) is refined by a file name or the title slide that agrees with it; an undated meetup
 * takes the file name's date, then the title slide's, and only as a last, low-trust resort the month
 * the document was created.
 */
final class DateChoice {
  private DateChoice() {}

  static Candidate choose(String pathDate, List<String> fileNameDates, List<String> slideDates,
      List<String> createdDates) {
    if (pathDate.length() == 10) {
      return new Candidate(pathDate, "folder name", 0.9);
    }
    for (List<String> refining : List.of(fileNameDates, slideDates)) {
      for (String date : refining) {
        if (!pathDate.isEmpty() && date.startsWith(pathDate) && date.length() > pathDate.length()) {
          return new Candidate(date, refining == fileNameDates ? "file name" : "title slide", 0.8);
        }
      }
    }
    if (!pathDate.isEmpty()) {
      return new Candidate(pathDate, "folder name", pathDate.length() == 7 ? 0.8 : 0.6);
    }
    if (!fileNameDates.isEmpty()) {
      return new Candidate(fileNameDates.get(0), "file name", 0.8);
    }
    if (!slideDates.isEmpty()) {
      return new Candidate(slideDates.get(0), "title slide", 0.6);
    }
    return createdDates.stream().filter(d -> d.matches("(19|20)\\d{2}-\\d{2}.*")).findFirst()
        .map(d -> new Candidate(d.substring(0, 7), "document created", 0.2))
        .orElse(new Candidate("", "none", 0));
  }
}
