package io.mooring.cli.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Argo CD's rollback request: the history id to go back to, with optional prune and dry run. */
public record RollbackRequest(long id, Set<SyncRequest.Flag> flags) {
  public RollbackRequest {
    flags = Set.copyOf(flags);
  }

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    if (flags.contains(SyncRequest.Flag.PRUNE)) {
      body.put("prune", true);
    }
    if (flags.contains(SyncRequest.Flag.DRY_RUN)) {
      body.put("dryRun", true);
    }
    return body;
  }
}
