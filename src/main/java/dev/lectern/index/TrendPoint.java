package dev.lectern.index;

import dev.lectern.model.MeetupRef;

/** How much one meetup had to say about a query: matching talks and matching pages. */
public record TrendPoint(MeetupRef meetup, int talks, int pages) {}
