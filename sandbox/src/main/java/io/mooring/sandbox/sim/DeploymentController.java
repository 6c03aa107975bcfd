package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs Deployments as the real controller does, simplified: one ReplicaSet per pod template (named
 * and labelled with its pod-template-hash, annotated with its revision); on a template change the
 * new ReplicaSet is scaled up and the old ones down as new pods become available (RollingUpdate),
 * or the old ones first (Recreate). Status is left to {@link DeploymentStatuses}.
 */
final class DeploymentController implements Reconciler {
  static final String HASH_LABEL = "pod-template-hash";
  static final String REVISION = "deployment.kubernetes.io/revision";

  private final KubernetesClient client;

  DeploymentController(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public void reconcile(ObjectKey key) {
    Deployment d =
        client.apps().deployments().inNamespace(key.namespace()).withName(key.name()).get();
    if (d == null || Owners.isDeleting(d)) {
      return;
    }
    String hash = PodTemplateHash.of(d.getSpec().getTemplate());
    List<ReplicaSet> owned =
        client.apps().replicaSets().inNamespace(key.namespace()).list().getItems().stream()
            .filter(rs -> Owners.isControlledBy(rs, d) && !Owners.isDeleting(rs))
            .toList();
    Optional<ReplicaSet> current =
        owned.stream().filter(rs -> hash.equals(labelOf(rs))).findFirst();
    List<ReplicaSet> old = owned.stream().filter(rs -> !hash.equals(labelOf(rs))).toList();
    boolean paused = Boolean.TRUE.equals(d.getSpec().getPaused());
    if (current.isEmpty() && !paused) {
      client
          .apps()
          .replicaSets()
          .inNamespace(key.namespace())
          .resource(newReplicaSet(d, hash, old))
          .create();
      return;
    }
    if (!paused) {
      scale(d, current.get(), old);
      annotateRevision(d, current.get());
    }
    DeploymentStatuses.write(client, d, current.orElse(null), owned);
  }

  private void scale(Deployment d, ReplicaSet current, List<ReplicaSet> old) {
    int desired = replicasOf(d);
    boolean recreate =
        d.getSpec().getStrategy() != null && "Recreate".equals(d.getSpec().getStrategy().getType());
    int oldPods =
        old.stream()
            .mapToInt(rs -> rs.getStatus() == null ? 0 : orZero(rs.getStatus().getReplicas()))
            .sum();
    if (recreate) {
      old.forEach(rs -> scaleTo(rs, 0));
      if (oldPods == 0) {
        scaleTo(current, desired);
      }
      return;
    }
    scaleTo(current, desired);
    int newAvailable =
        current.getStatus() == null ? 0 : orZero(current.getStatus().getAvailableReplicas());
    int oldTarget = Math.max(0, desired - newAvailable);
    List<ReplicaSet> newestFirst = new ArrayList<>(old);
    newestFirst.sort(Comparator.comparingInt(DeploymentController::revisionOf).reversed());
    for (ReplicaSet rs : newestFirst) {
      int keep =
          Math.min(oldTarget, rs.getSpec().getReplicas() == null ? 0 : rs.getSpec().getReplicas());
      scaleTo(rs, keep);
      oldTarget -= keep;
    }
  }

  private void scaleTo(ReplicaSet rs, int replicas) {
    if (!Objects.equals(rs.getSpec().getReplicas(), replicas)) {
      client
          .apps()
          .replicaSets()
          .inNamespace(rs.getMetadata().getNamespace())
          .withName(rs.getMetadata().getName())
          .edit(
              r -> {
                r.getSpec().setReplicas(replicas);
                return r;
              });
    }
  }

  private void annotateRevision(Deployment d, ReplicaSet current) {
    String revision =
        current.getMetadata().getAnnotations() == null
            ? null
            : current.getMetadata().getAnnotations().get(REVISION);
    Map<String, String> annotations = d.getMetadata().getAnnotations();
    if (revision != null && (annotations == null || !revision.equals(annotations.get(REVISION)))) {
      client
          .apps()
          .deployments()
          .inNamespace(d.getMetadata().getNamespace())
          .withName(d.getMetadata().getName())
          .edit(
              x -> {
                if (x.getMetadata().getAnnotations() == null) {
                  x.getMetadata().setAnnotations(new HashMap<>());
                }
                x.getMetadata().getAnnotations().put(REVISION, revision);
                return x;
              });
    }
  }

  private static ReplicaSet newReplicaSet(Deployment d, String hash, List<ReplicaSet> old) {
    int revision = old.stream().mapToInt(DeploymentController::revisionOf).max().orElse(0) + 1;
    PodTemplateSpec source = d.getSpec().getTemplate();
    Map<String, String> labels = new HashMap<>();
    if (source.getMetadata() != null && source.getMetadata().getLabels() != null) {
      labels.putAll(source.getMetadata().getLabels());
    }
    labels.put(HASH_LABEL, hash);
    PodTemplateSpec template =
        new PodTemplateSpecBuilder(source)
            .editOrNewMetadata()
            .withLabels(labels)
            .endMetadata()
            .build();
    Map<String, String> selector = new HashMap<>();
    if (d.getSpec().getSelector() != null && d.getSpec().getSelector().getMatchLabels() != null) {
      selector.putAll(d.getSpec().getSelector().getMatchLabels());
    }
    selector.put(HASH_LABEL, hash);
    return new ReplicaSetBuilder()
        .withMetadata(
            new ObjectMetaBuilder()
                .withName(d.getMetadata().getName() + "-" + hash)
                .withNamespace(d.getMetadata().getNamespace())
                .withLabels(labels)
                .addToAnnotations(REVISION, Integer.toString(revision))
                .withOwnerReferences(Owners.controllerRef(d))
                .build())
        .withNewSpec()
        .withReplicas(old.isEmpty() || !isRecreate(d) ? replicasOf(d) : 0)
        .withNewSelector()
        .withMatchLabels(selector)
        .endSelector()
        .withTemplate(template)
        .withMinReadySeconds(d.getSpec().getMinReadySeconds())
        .endSpec()
        .build();
  }

  private static boolean isRecreate(Deployment d) {
    return d.getSpec().getStrategy() != null
        && "Recreate".equals(d.getSpec().getStrategy().getType());
  }

  static int replicasOf(Deployment d) {
    return d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
  }

  static int revisionOf(ReplicaSet rs) {
    Map<String, String> annotations = rs.getMetadata().getAnnotations();
    try {
      return annotations == null ? 0 : Integer.parseInt(annotations.getOrDefault(REVISION, "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String labelOf(ReplicaSet rs) {
    return rs.getMetadata().getLabels() == null
        ? null
        : rs.getMetadata().getLabels().get(HASH_LABEL);
  }

  static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
