package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs StatefulSets with OrderedReady semantics: pods name-0, name-1, … created one at a time, each
 * once the previous is Ready; PVCs made from volumeClaimTemplates; on a template change pods are
 * replaced from the highest ordinal down; status carries currentRevision and updateRevision.
 */
final class StatefulSetController implements Reconciler {
  static final String REVISION_LABEL = "controller-revision-hash";

  private final KubernetesClient client;

  StatefulSetController(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public void reconcile(ObjectKey key) {
    StatefulSet sts =
        client.apps().statefulSets().inNamespace(key.namespace()).withName(key.name()).get();
    if (sts == null || Owners.isDeleting(sts)) {
      return;
    }
    String revision =
        sts.getMetadata().getName() + "-" + PodTemplateHash.of(sts.getSpec().getTemplate());
    int desired = sts.getSpec().getReplicas() == null ? 1 : sts.getSpec().getReplicas();
    Map<Integer, Pod> byOrdinal = new HashMap<>();
    for (Pod pod : client.pods().inNamespace(key.namespace()).list().getItems()) {
      if (Owners.isControlledBy(pod, sts) && PodStates.isActive(pod)) {
        byOrdinal.put(ordinalOf(pod, sts), pod);
      }
    }
    step(sts, revision, desired, byOrdinal);
    writeStatus(sts, revision, byOrdinal.values().stream().toList());
  }

  private void step(StatefulSet sts, String revision, int desired, Map<Integer, Pod> byOrdinal) {
    for (Map.Entry<Integer, Pod> e : byOrdinal.entrySet()) {
      if (e.getKey() >= desired) {
        client.resource(e.getValue()).delete();
      }
    }
    for (int i = 0; i < desired; i++) {
      Pod pod = byOrdinal.get(i);
      if (pod == null) {
        createClaims(sts, i);
        String name = sts.getMetadata().getName() + "-" + i;
        Map<String, String> labels =
            Map.of(
                REVISION_LABEL,
                revision,
                "statefulset.kubernetes.io/pod-name",
                name,
                "apps.kubernetes.io/pod-index",
                Integer.toString(i));
        client
            .pods()
            .inNamespace(sts.getMetadata().getNamespace())
            .resource(PodFactory.fromTemplate(sts, sts.getSpec().getTemplate(), name, labels))
            .create();
        return;
      }
      if (!PodStates.isReady(pod)) {
        return;
      }
    }
    boolean onDelete =
        sts.getSpec().getUpdateStrategy() != null
            && "OnDelete".equals(sts.getSpec().getUpdateStrategy().getType());
    for (int i = desired - 1; i >= 0 && !onDelete; i--) {
      Pod pod = byOrdinal.get(i);
      if (!revision.equals(pod.getMetadata().getLabels().get(REVISION_LABEL))) {
        client.resource(pod).delete();
        return;
      }
    }
  }

  private void createClaims(StatefulSet sts, int ordinal) {
    List<PersistentVolumeClaim> templates = sts.getSpec().getVolumeClaimTemplates();
    if (templates == null) {
      return;
    }
    for (PersistentVolumeClaim template : templates) {
      String name =
          template.getMetadata().getName() + "-" + sts.getMetadata().getName() + "-" + ordinal;
      var claims = client.persistentVolumeClaims().inNamespace(sts.getMetadata().getNamespace());
      if (claims.withName(name).get() == null) {
        claims
            .resource(
                new PersistentVolumeClaimBuilder()
                    .withMetadata(
                        new ObjectMetaBuilder()
                            .withName(name)
                            .withLabels(sts.getSpec().getSelector().getMatchLabels())
                            .build())
                    .withSpec(template.getSpec())
                    .build())
            .create();
      }
    }
  }

  private void writeStatus(StatefulSet sts, String revision, List<Pod> pods) {
    int desired = sts.getSpec().getReplicas() == null ? 1 : sts.getSpec().getReplicas();
    int ready = (int) pods.stream().filter(PodStates::isReady).count();
    int updated =
        (int)
            pods.stream()
                .filter(p -> revision.equals(p.getMetadata().getLabels().get(REVISION_LABEL)))
                .count();
    String previous = sts.getStatus() == null ? null : sts.getStatus().getCurrentRevision();
    boolean rolledOut = updated == desired && pods.size() == desired;
    String current = rolledOut || previous == null ? revision : previous;
    StatefulSetStatus status =
        new StatefulSetStatusBuilder()
            .withObservedGeneration(sts.getMetadata().getGeneration())
            .withReplicas(pods.size())
            .withReadyReplicas(ready)
            .withAvailableReplicas(ready)
            .withCurrentReplicas(current.equals(revision) ? updated : pods.size() - updated)
            .withUpdatedReplicas(updated)
            .withCurrentRevision(current)
            .withUpdateRevision(revision)
            .withCollisionCount(0)
            .build();
    if (!Objects.equals(status, sts.getStatus())) {
      sts.setStatus(status);
      client.resource(sts).updateStatus();
    }
  }

  private static int ordinalOf(Pod pod, StatefulSet sts) {
    String suffix = pod.getMetadata().getName().substring(sts.getMetadata().getName().length() + 1);
    try {
      return Integer.parseInt(suffix);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
