package dev.lectern.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A meetup: one event with a date and place. {@code id} is stable across re-ingests because it is
 * derived from the meetup's folder path in the archive. {@code date} is ISO 8601 at the precision the
 * archive gives ({@code 2024-08-15}, {@code 2018-07} or {@code 2016}), or empty when unknown: a folder
 * named {@code 2018/07} says nothing about the day, and inventing one would mislead. {@code series} is
 * the id of the recurring series the meetup is one of (empty when it stands alone). {@code provenance}
 * says where {@code title} and {@code seriesTitle} came from ({@code meetup.json}, {@code series.json}
 * or {@code folder name}): a name read off a folder lost its capitals and may be respelled, a
 * declared one never is.
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
    String seriesTitle,
    Map<String, FieldSource> provenance) {

  /** A name humanized from a folder name, which lost the capitals its words had. */
  public static final FieldSource FOLDER_NAME = new FieldSource("folder name", 0.5);

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
    provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(provenance));
  }

  /** A meetup that belongs to no series (yet): the scanner assigns series once it has seen them all. */
  public Meetup(String id, String title, String date, String city, String venue, List<String> organizers,
      String url, String description, List<String> tags, String folder) {
    this(id, title, date, city, venue, organizers, url, description, tags, folder, "", "", Map.of());
  }

  /** In series {@code seriesId}, named {@code title} by {@code source} (none recorded when null). */
  public Meetup inSeries(String seriesId, String title, FieldSource source) {
    Map<String, FieldSource> sources = new TreeMap<>(provenance);
    if (source != null) {
      sources.put("seriesTitle", source);
    }
    return new Meetup(id, this.title, date, city, venue, organizers, url, description, tags, folder, seriesId, title,
        sources);
  }

  /**
   * This meetup with the names read off folders passed through {@code title} and {@code seriesTitle}
   * (declared names are left as written); itself when neither changes.
   */
  public Meetup renamingFolderNames(UnaryOperator<String> title, UnaryOperator<String> seriesTitle) {
    String ownName = fromFolderName("title") ? title.apply(this.title) : this.title;
    String seriesName = fromFolderName("seriesTitle") ? seriesTitle.apply(this.seriesTitle) : this.seriesTitle;
    return ownName.equals(this.title) && seriesName.equals(this.seriesTitle) ? this
        : new Meetup(id, ownName, date, city, venue, organizers, url, description, tags, folder, series, seriesName,
            provenance);
  }

  /** Whether {@code field} ({@code title}, {@code seriesTitle}) was humanized from a folder name. */
  public boolean fromFolderName(String field) {
    FieldSource source = provenance.get(field);
    return source != null && source.source().equals(FOLDER_NAME.source());
  }

  /** The year of the meetup, or 0 when its date is unknown. */
  public int year() {
    return Dates.year(date);
  }
}
