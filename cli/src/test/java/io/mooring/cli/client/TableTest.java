package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void columnsArePaddedToTheWidestCellAndLinesTrimmed() {
    String table = new Table("NAME", "STATUS").row("guestbook", "Synced").row("a", "").render();

    assertThat(table).isEqualTo("NAME       STATUS\nguestbook  Synced\na\n");
  }

  @Test
  void colouredCellsAreMeasuredByTheirVisibleWidth() {
    String green = "\u001B[32mSynced\u001B[0m";

    String table = new Table("STATUS", "X").row(green, "1").row("OutOfSync", "2").render();

    assertThat(table.lines().toList().get(1)).isEqualTo(green + "     1");
  }

  @Test
  void paletteStaysPlainWhenNoColorIsSet() {
    Palette palette = Palette.forTerminal(java.util.Map.of("NO_COLOR", "1"), true);

    assertThat(palette.status("Healthy")).isEqualTo("Healthy");
  }

  @Test
  void paletteColoursStatusWordsOnATerminal() {
    Palette palette = Palette.forTerminal(java.util.Map.of(), true);

    assertThat(palette.status("Degraded")).isEqualTo("\u001B[31mDegraded\u001B[0m");
  }
}
