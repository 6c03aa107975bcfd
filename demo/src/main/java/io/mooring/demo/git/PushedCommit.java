package io.mooring.demo.git;

import java.time.Instant;
import java.util.List;

/**
 * One commit of a push, as a GitHub push event lists it.
 *
 * @param id the commit's SHA-1
 * @param message the full commit message
 * @param timestamp when it was committed
 * @param author the author's name
 * @param email the author's e-mail address
 * @param added files the commit added (repository paths)
 * @param modified files the commit changed
 * @param removed files the commit deleted
 */
public record PushedCommit(
    String id,
    String message,
    Instant timestamp,
    String author,
    String email,
    List<String> added,
    List<String> modified,
    List<String> removed) {
  public PushedCommit {
    added = List.copyOf(added);
    modified = List.copyOf(modified);
    removed = List.copyOf(removed);
  }
}
