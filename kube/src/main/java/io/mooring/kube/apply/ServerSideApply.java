package io.mooring.kube.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Server-side apply with Mooring's field manager. Whether anything changed is judged by comparing
 * the returned object with the live one, ignoring the bookkeeping the server rewrites.
 */
final class ServerSideApply {
  private final ApiWrites writes;

  ServerSideApply(ApiWrites writes) {
    this.writes = writes;
  }

  ApplyResult apply(
      ResourceHandle handle, ObjectNode desired, ObjectNode live, ApplyOptions options) {
    ObjectNode applied = writes.serverSideApply(handle, desired, options);
    if (live == null) {
      return new ApplyResult.Created(applied);
    }
    return withoutBookkeeping(live).equals(withoutBookkeeping(applied))
        ? new ApplyResult.Unchanged(applied)
        : new ApplyResult.Configured(applied);
  }

  private static ObjectNode withoutBookkeeping(ObjectNode object) {
    ObjectNode copy = object.deepCopy();
    if (copy.get("metadata") instanceof ObjectNode metadata) {
      metadata.remove("resourceVersion");
      metadata.remove("managedFields");
      metadata.remove("generation");
    }
    return copy;
  }
}
