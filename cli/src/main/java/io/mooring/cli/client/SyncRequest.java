package io.mooring.cli.client;

import io.mooring.model.SyncOperationResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Argo CD's {@code ApplicationSyncRequest} as {@code mooring app sync} sends it: a revision (empty:
 * the spec's), switches, the resources to sync (empty: all) and extra sync options.
 */
public record SyncRequest(
    Optional<String> revision,
    Set<SyncRequest.Flag> flags,
    List<SyncOperationResource> resources,
    List<String> syncOptions) {

  /** Switches of a sync request. */
  public enum Flag {
    /** Delete resources Git no longer has. */
    PRUNE,
    /** Plan and validate only. */
    DRY_RUN
  }

  public SyncRequest {
    flags = Set.copyOf(flags);
    resources = List.copyOf(resources);
    syncOptions = List.copyOf(syncOptions);
  }

  /** The JSON body. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    revision.ifPresent(r -> body.put("revision", r));
    if (flags.contains(Flag.PRUNE)) {
      body.put("prune", true);
    }
    if (flags.contains(Flag.DRY_RUN)) {
      body.put("dryRun", true);
    }
    if (!resources.isEmpty()) {
      body.put("resources", resources);
    }
    if (!syncOptions.isEmpty()) {
      body.put("syncOptions", Map.of("items", syncOptions));
    }
    return body;
  }
}
