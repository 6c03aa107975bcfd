package io.mooring.controller.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.RevisionHistory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryBookTest {
  @Test
  void entriesGetIncreasingIdsStartingAtZero() {
    List<RevisionHistory> history = HistoryBook.append(null, entry("a"), null);
    history = HistoryBook.append(history, entry("b"), null);

    assertThat(history).extracting(h -> h.id).containsExactly(0L, 1L);
    assertThat(history).extracting(h -> h.revision).containsExactly("a", "b");
  }

  @Test
  void historyIsCappedAtTheLimitDroppingTheOldest() {
    List<RevisionHistory> history = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      history = HistoryBook.append(history, entry("r" + i), 3L);
    }

    assertThat(history).extracting(h -> h.revision).containsExactly("r2", "r3", "r4");
    assertThat(history).extracting(h -> h.id).containsExactly(2L, 3L, 4L);
  }

  @Test
  void theDefaultLimitIsTen() {
    List<RevisionHistory> history = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      history = HistoryBook.append(history, entry("r" + i), null);
    }

    assertThat(history).hasSize(10);
  }

  private static RevisionHistory entry(String revision) {
    RevisionHistory entry = new RevisionHistory();
    entry.revision = revision;
    return entry;
  }
}
