package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a ReplicaSet's pod count at spec.replicas (deleting not-ready and newest pods first) and
 * writes its status: replicas, fullyLabeledReplicas, readyReplicas, availableReplicas,
 * observedGeneration.
 */
final class ReplicaSetController implements Reconciler {
  private final KubernetesClient client;

  ReplicaSetController(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public void reconcile(ObjectKey key) {
    ReplicaSet rs =
        client.apps().replicaSets().inNamespace(key.namespace()).withName(key.name()).get();
    if (rs == null || Owners.isDeleting(rs)) {
      return;
    }
    List<Pod> pods =
        client.pods().inNamespace(key.namespace()).list().getItems().stream()
            .filter(p -> Owners.isControlledBy(p, rs) && PodStates.isActive(p))
            .toList();
    int desired = rs.getSpec().getReplicas() == null ? 1 : rs.getSpec().getReplicas();
    for (int i = pods.size(); i < desired; i++) {
      client
          .pods()
          .inNamespace(key.namespace())
          .resource(PodFactory.fromTemplate(rs, rs.getSpec().getTemplate(), null, Map.of()))
          .create();
    }
    if (pods.size() > desired) {
      List<Pod> doomed = new ArrayList<>(pods);
      doomed.sort(
          Comparator.comparing(PodStates::isReady)
              .thenComparing(
                  (Pod p) -> p.getMetadata().getCreationTimestamp(), Comparator.reverseOrder()));
      doomed.subList(0, pods.size() - desired).forEach(p -> client.resource(p).delete());
    }
    writeStatus(rs, pods);
  }

  private void writeStatus(ReplicaSet rs, List<Pod> pods) {
    int ready = (int) pods.stream().filter(PodStates::isReady).count();
    ReplicaSetStatus status =
        new ReplicaSetStatusBuilder()
            .withReplicas(pods.size())
            .withFullyLabeledReplicas(pods.size())
            .withReadyReplicas(ready)
            .withAvailableReplicas(ready)
            .withObservedGeneration(rs.getMetadata().getGeneration())
            .build();
    if (!Objects.equals(status, rs.getStatus())) {
      rs.setStatus(status);
      client.resource(rs).updateStatus();
    }
  }
}
