package dev.lectern.model;

import java.util.Objects;

/** The part of a meetup that travels with each of its talks. */
public record MeetupRef(String id, String title, String date, String city) {
  public MeetupRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    date = date == null ? "" : date;
    city = city == null ? "" : city;
  }

  public static MeetupRef of(Meetup meetup) {
    return new MeetupRef(meetup.id(), meetup.title(), meetup.date(), meetup.city());
  }

  public int year() {
    return Dates.year(date);
  }
}
