package dev.lectern.index;

/** One completion for the search box: its text, what kind of thing it is, and an id to link to. */
public record Suggestion(String text, String kind, String id) {}
