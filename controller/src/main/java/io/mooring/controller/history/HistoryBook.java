package io.mooring.controller.history;

import io.mooring.model.RevisionHistory;
import java.util.ArrayList;
import java.util.List;

/** Keeps status.history: successful syncs, oldest first, capped at revisionHistoryLimit. */
public final class HistoryBook {
  /** Argo CD's default revisionHistoryLimit. */
  public static final long DEFAULT_LIMIT = 10;

  private HistoryBook() {}

  /**
   * Returns a new history with {@code entry} appended under the next id (one more than the highest
   * so far), trimmed to the newest {@code limit} entries (null limit means the default).
   */
  public static List<RevisionHistory> append(
      List<RevisionHistory> history, RevisionHistory entry, Long limit) {
    List<RevisionHistory> next = history == null ? new ArrayList<>() : new ArrayList<>(history);
    long maxId = next.stream().mapToLong(h -> h.id == null ? 0 : h.id).max().orElse(-1);
    entry.id = maxId + 1;
    next.add(entry);
    long keep = limit == null ? DEFAULT_LIMIT : Math.max(limit, 0);
    while (next.size() > keep && !next.isEmpty()) {
      next.remove(0);
    }
    return next;
  }
}
