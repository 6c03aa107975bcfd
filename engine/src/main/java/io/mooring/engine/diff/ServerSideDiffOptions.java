package io.mooring.engine.diff;

import java.util.List;

/**
 * How a server-side diff is computed.
 *
 * @param manager the field manager Mooring applies with (Argo CD's is {@code argocd-controller})
 * @param ignoreMutationWebhook revert, in the dry-run result, fields that other managers (mutating
 *     webhooks) changed and the live object does not have
 * @param ignoreDifferences ignoreDifferences rules; matched fields are removed from both outputs
 */
public record ServerSideDiffOptions(
    String manager, boolean ignoreMutationWebhook, List<IgnoreDifferences> ignoreDifferences) {

  /** Argo CD's defaults for {@code manager}: webhook mutations ignored, no rules. */
  public static ServerSideDiffOptions defaults(String manager) {
    return new ServerSideDiffOptions(manager, true, List.of());
  }

  public ServerSideDiffOptions {
    ignoreDifferences = List.copyOf(ignoreDifferences);
  }

  /** These options, keeping webhook mutations in the prediction. */
  public ServerSideDiffOptions includingMutationWebhook() {
    return new ServerSideDiffOptions(manager, false, ignoreDifferences);
  }

  /** These options with {@code rules} as the ignoreDifferences rules. */
  public ServerSideDiffOptions withIgnoreDifferences(List<IgnoreDifferences> rules) {
    return new ServerSideDiffOptions(manager, ignoreMutationWebhook, rules);
  }
}
