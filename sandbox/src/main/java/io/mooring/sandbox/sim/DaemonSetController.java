package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs DaemonSets on the sandbox's single node: one pod each, replaced when the template changes;
 * status counts (desired, current, ready, available, updated) as the real controller writes them.
 */
final class DaemonSetController implements Reconciler {
  private static final String REVISION_LABEL = StatefulSetController.REVISION_LABEL;

  private final KubernetesClient client;

  DaemonSetController(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public void reconcile(ObjectKey key) {
    DaemonSet ds =
        client.apps().daemonSets().inNamespace(key.namespace()).withName(key.name()).get();
    if (ds == null || Owners.isDeleting(ds)) {
      return;
    }
    String revision = PodTemplateHash.of(ds.getSpec().getTemplate());
    List<Pod> pods =
        client.pods().inNamespace(key.namespace()).list().getItems().stream()
            .filter(p -> Owners.isControlledBy(p, ds) && PodStates.isActive(p))
            .toList();
    if (pods.isEmpty()) {
      client
          .pods()
          .inNamespace(key.namespace())
          .resource(
              PodFactory.fromTemplate(
                  ds, ds.getSpec().getTemplate(), null, Map.of(REVISION_LABEL, revision)))
          .create();
    } else {
      for (Pod pod : pods.subList(pods.size() > 1 ? 1 : 0, pods.size())) {
        if (pods.size() > 1
            || !revision.equals(pod.getMetadata().getLabels().get(REVISION_LABEL))) {
          client.resource(pod).delete();
        }
      }
    }
    int ready = (int) pods.stream().filter(PodStates::isReady).count();
    int updated =
        (int)
            pods.stream()
                .filter(p -> revision.equals(p.getMetadata().getLabels().get(REVISION_LABEL)))
                .count();
    DaemonSetStatus status =
        new DaemonSetStatusBuilder()
            .withObservedGeneration(ds.getMetadata().getGeneration())
            .withDesiredNumberScheduled(1)
            .withCurrentNumberScheduled(pods.size())
            .withNumberReady(ready)
            .withNumberAvailable(ready)
            .withNumberUnavailable(ready >= 1 ? null : 1)
            .withUpdatedNumberScheduled(updated)
            .withNumberMisscheduled(0)
            .build();
    if (!Objects.equals(status, ds.getStatus())) {
      ds.setStatus(status);
      client.resource(ds).updateStatus();
    }
  }
}
