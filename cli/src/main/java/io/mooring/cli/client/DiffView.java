package io.mooring.cli.client;

import java.util.List;

/**
 * {@code mooring app diff} for people: for each resource that differs, a header line naming it
 * ({@code ===== GROUP/KIND NAMESPACE/NAME ======}, as argocd) and the unified diff from live to
 * target; nothing at all when everything is in sync.
 */
public final class DiffView {
  private DiffView() {}

  public static String render(List<ResourceDiff> diffs) {
    StringBuilder out = new StringBuilder();
    for (ResourceDiff diff : diffs) {
      if (!diff.modified()) {
        continue;
      }
      out.append("===== ").append(diff.label()).append(" ======\n");
      out.append(diff.diff());
      if (!diff.diff().isEmpty() && !diff.diff().endsWith("\n")) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Whether any resource differs. */
  public static boolean anyModified(List<ResourceDiff> diffs) {
    return diffs.stream().anyMatch(ResourceDiff::modified);
  }
}
