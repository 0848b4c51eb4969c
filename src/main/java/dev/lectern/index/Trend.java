package dev.lectern.index;

import java.util.List;

/**
 * A query's timeline: matching talks and pages per dated meetup, oldest first, and the matching
 * talks (and their pages) whose meetup has no date, which a timeline cannot place but must not hide.
 */
public record Trend(List<TrendPoint> points, int undatedTalks, int undatedPages) {
  public Trend {
    points = List.copyOf(points);
  }
}
