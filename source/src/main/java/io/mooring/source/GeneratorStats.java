package io.mooring.source;

/** Counters of a generator since it started: renders done, cache hits, reuses, fetches. */
public record GeneratorStats(
    long renders, long cacheHits, long reusedUnchangedPaths, long fetches) {}
