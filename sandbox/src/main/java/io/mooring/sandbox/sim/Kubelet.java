package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.sandbox.EmbeddedCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated kubelet: binds each pod to the sandbox node, and after the configured delay makes
 * it Running and Ready. Pods that run to completion (owned by a Job, or restartPolicy Never or
 * OnFailure) end Succeeded after the job run time — or Failed when their template carries the
 * annotation {@value #FAIL_ANNOTATION} (its value becomes the failure message). A long-running pod
 * with that annotation stays not Ready in CrashLoopBackOff.
 */
final class Kubelet implements Reconciler {
  /** Annotation on a pod (template) that makes its container fail; the value is the message. */
  static final String FAIL_ANNOTATION = "sandbox.mooring.io/fail";

  private final KubernetesClient client;
  private final SimulatorOptions options;
  private final ControllerLoop loop;
  private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
  private final AtomicInteger nextIp = new AtomicInteger(2);

  Kubelet(KubernetesClient client, SimulatorOptions options, ControllerLoop loop) {
    this.client = client;
    this.options = options;
    this.loop = loop;
  }

  @Override
  public void reconcile(ObjectKey key) {
    Pod pod = client.pods().inNamespace(key.namespace()).withName(key.name()).get();
    if (pod == null || Owners.isDeleting(pod)) {
      if (pod == null) {
        firstSeen.keySet().removeIf(k -> k.startsWith(key + "@"));
      }
      return;
    }
    if (PodStates.isTerminal(pod)) {
      return;
    }
    if (pod.getSpec().getNodeName() == null) {
      client
          .pods()
          .inNamespace(key.namespace())
          .withName(key.name())
          .edit(
              p -> {
                p.getSpec().setNodeName(EmbeddedCluster.NODE_NAME);
                return p;
              });
      return;
    }
    String phase = PodStates.phase(pod);
    Duration wait = phase.equals("Pending") ? options.podReadyDelay() : options.jobRunTime();
    Duration remaining = remaining(key + "@" + phase, wait);
    if (!remaining.isZero()) {
      loop.enqueueAfter(this, key, remaining);
      return;
    }
    PodStatus status;
    if (phase.equals("Pending")) {
      status = isFailing(pod) && !runsToCompletion(pod) ? crashLooping(pod) : running(pod);
    } else if (runsToCompletion(pod)) {
      status = finished(pod);
    } else {
      return;
    }
    pod.setStatus(status);
    client.resource(pod).updateStatus();
  }

  private Duration remaining(String stateKey, Duration wait) {
    long now = System.nanoTime();
    long since = firstSeen.computeIfAbsent(stateKey, k -> now);
    long left = wait.toNanos() - (now - since);
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }

  private static boolean runsToCompletion(Pod pod) {
    boolean ownedByJob = Owners.controllerOf(pod).map(r -> "Job".equals(r.getKind())).orElse(false);
    String restart = pod.getSpec().getRestartPolicy();
    return ownedByJob || "Never".equals(restart) || "OnFailure".equals(restart);
  }

  private static boolean isFailing(Pod pod) {
    return pod.getMetadata().getAnnotations() != null
        && pod.getMetadata().getAnnotations().containsKey(FAIL_ANNOTATION);
  }

  private PodStatus running(Pod pod) {
    String now = Conditions.now();
    List<ContainerStatus> containers = new ArrayList<>();
    for (Container c : pod.getSpec().getContainers()) {
      containers.add(
          base(pod, c)
              .withReady(true)
              .withStarted(true)
              .withNewState()
              .withNewRunning(now)
              .endState()
              .build());
    }
    return common(pod, "Running", now, "True").withContainerStatuses(containers).build();
  }

  private PodStatus crashLooping(Pod pod) {
    String now = Conditions.now();
    String message = pod.getMetadata().getAnnotations().get(FAIL_ANNOTATION);
    List<ContainerStatus> containers = new ArrayList<>();
    for (Container c : pod.getSpec().getContainers()) {
      containers.add(
          base(pod, c)
              .withReady(false)
              .withStarted(false)
              .withRestartCount(1)
              .withNewState()
              .withNewWaiting(message, "CrashLoopBackOff")
              .endState()
              .build());
    }
    return common(pod, "Running", now, "False").withContainerStatuses(containers).build();
  }

  private PodStatus finished(Pod pod) {
    String now = Conditions.now();
    boolean failed = isFailing(pod);
    String message = failed ? pod.getMetadata().getAnnotations().get(FAIL_ANNOTATION) : null;
    List<ContainerStatus> containers = new ArrayList<>();
    for (Container c : pod.getSpec().getContainers()) {
      containers.add(
          base(pod, c)
              .withReady(false)
              .withStarted(false)
              .withNewState()
              .withNewTerminated()
              .withExitCode(failed ? 1 : 0)
              .withReason(failed ? "Error" : "Completed")
              .withMessage(message)
              .withStartedAt(pod.getStatus().getStartTime())
              .withFinishedAt(now)
              .endTerminated()
              .endState()
              .build());
    }
    PodStatusBuilder status =
        common(pod, failed ? "Failed" : "Succeeded", now, "False")
            .withContainerStatuses(containers);
    if (failed) {
      status.withMessage(message).withReason("Error");
    }
    return status.build();
  }

  private static ContainerStatusBuilder base(Pod pod, Container c) {
    return new ContainerStatusBuilder()
        .withName(c.getName())
        .withImage(c.getImage())
        .withImageID("sandbox://" + c.getImage())
        .withContainerID("sandbox://" + pod.getMetadata().getUid() + "/" + c.getName())
        .withRestartCount(0);
  }

  private PodStatusBuilder common(Pod pod, String phase, String now, String ready) {
    String ip =
        pod.getStatus() != null && pod.getStatus().getPodIP() != null
            ? pod.getStatus().getPodIP()
            : "10.244.0." + (nextIp.getAndIncrement() % 250 + 2);
    String started =
        pod.getStatus() != null && pod.getStatus().getStartTime() != null
            ? pod.getStatus().getStartTime()
            : now;
    return new PodStatusBuilder()
        .withPhase(phase)
        .withHostIP("10.0.0.1")
        .withPodIP(ip)
        .addNewPodIP(ip)
        .withStartTime(started)
        .withQosClass("BestEffort")
        .withConditions(
            cond("PodScheduled", "True", now),
            cond("Initialized", "True", now),
            cond("ContainersReady", ready, now),
            cond("Ready", ready, now));
  }

  private static PodCondition cond(String type, String status, String now) {
    return new PodConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withLastTransitionTime(now)
        .build();
  }
}
