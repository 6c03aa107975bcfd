package io.mooring.cli.client;

/** Label-value lines aligned as argocd aligns them ({@code Name: guestbook}). */
final class Fields {
  private static final int LABEL_WIDTH = 20;

  private Fields() {}

  /** Appends {@code label} padded to the value column, then {@code value} (null prints empty). */
  static void add(StringBuilder out, String label, String value) {
    String shown = value == null ? "" : value;
    out.append(
            (label + " ".repeat(Math.max(1, LABEL_WIDTH - label.length())) + shown).stripTrailing())
        .append('\n');
  }
}
