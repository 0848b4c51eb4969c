package dev.lectern.eval;

/** Mean relevance scores over a group of queries, and how many of them returned no talk at all. */
public record Scores(int queries, double mrr, double recallAt10, double ndcgAt10, double slideHitRate, int empty) {}
