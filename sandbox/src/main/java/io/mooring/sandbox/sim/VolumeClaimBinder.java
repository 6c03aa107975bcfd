package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Binds every PersistentVolumeClaim at once: phase Bound, with the requested capacity and access
 * modes. No PersistentVolume object is created.
 */
final class VolumeClaimBinder implements Reconciler {
  private final KubernetesClient client;

  VolumeClaimBinder(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public void reconcile(ObjectKey key) {
    PersistentVolumeClaim pvc =
        client.persistentVolumeClaims().inNamespace(key.namespace()).withName(key.name()).get();
    if (pvc == null || Owners.isDeleting(pvc)) {
      return;
    }
    if (pvc.getStatus() != null && "Bound".equals(pvc.getStatus().getPhase())) {
      return;
    }
    PersistentVolumeClaimStatusBuilder status =
        new PersistentVolumeClaimStatusBuilder()
            .withPhase("Bound")
            .withAccessModes(pvc.getSpec().getAccessModes());
    if (pvc.getSpec().getResources() != null
        && pvc.getSpec().getResources().getRequests() != null) {
      status.withCapacity(pvc.getSpec().getResources().getRequests());
    }
    pvc.setStatus(status.build());
    client.resource(pvc).updateStatus();
  }
}
