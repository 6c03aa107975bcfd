package io.mooring.engine.diff;

import java.util.List;

/**
 * The outcome of comparing lists of desired and live objects pairwise.
 *
 * @param modified true when any pair is modified
 * @param results one result per pair, in input order
 */
public record DiffListResult(boolean modified, List<DiffResult> results) {
  public DiffListResult {
    results = List.copyOf(results);
  }
}
