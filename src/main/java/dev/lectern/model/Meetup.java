package dev.lectern.model;

import java.util.List;
import java.util.Objects;

/**
 * A meetup: one event with a date and place. {@code id} is stable across re-ingests because it is
 * derived from the meetup's folder path in the archive. {@code date} is ISO 8601 at the precision the
 * archive gives ({@code 2024-08-15}, {@code 2018-07} or {@code 2016}), or empty when unknown: a folder
 * named {@code 2018/07} says nothing about the day, and inventing one would mislead. {@code series} is
 * the id of the recurring series the meetup is one of (empty when it stands alone).
 */
public record Meetup(
    String id,
    String title,
    String date,
    String city,
    String venue,
    List<String> organizers,
    String url,
    String description,
    List<String> tags,
    String folder,
    String series,
    String seriesTitle) {

  public Meetup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    date = date == null ? "" : date;
    city = city == null ? "" : city;
    venue = venue == null ? "" : venue;
    organizers = organizers == null ? List.of() : List.copyOf(organizers);
    url = url == null ? "" : url;
    description = description == null ? "" : description;
    tags = tags == null ? List.of() : List.copyOf(tags);
    folder = folder == null ? "" : folder;
    series = series == null ? "" : series;
    seriesTitle = seriesTitle == null ? "" : seriesTitle;
  }

  /** A meetup that belongs to no series (yet): the scanner assigns series once it has seen them all. */
  public Meetup(String id, String title, String date, String city, String venue, List<String> organizers,
      String url, String description, List<String> tags, String folder) {
    this(id, title, date, city, venue, organizers, url, description, tags, folder, "", "");
  }

  public Meetup inSeries(String seriesId, String title) {
    return new Meetup(id, this.title, date, city, venue, organizers, url, description, tags, folder, seriesId, title);
  }

  /** The year of the meetup, or 0 when its date is unknown. */
  public int year() {
    return Dates.year(date);
  }
}
