package io.mooring.kube.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** kubectl apply: create with the last-applied annotation, else send a three-way merge patch. */
final class ClientSideApply {
  private final ApiWrites writes;

  ClientSideApply(ApiWrites writes) {
    this.writes = writes;
  }

  ApplyResult apply(
      ResourceHandle handle, ObjectNode desired, ObjectNode live, ApplyOptions options) {
    ObjectNode stamped = LastAppliedAnnotation.stamp(desired);
    if (live == null) {
      return new ApplyResult.Created(writes.create(handle, stamped, options));
    }
    ObjectNode patch = ThreeWayMergePatch.compute(LastAppliedAnnotation.read(live), stamped, live);
    if (patch.isEmpty()) {
      return new ApplyResult.Unchanged(live);
    }
    return new ApplyResult.Configured(writes.mergePatch(handle, patch, options));
  }
}
