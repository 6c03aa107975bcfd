package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs Jobs: keeps up to parallelism pods running until completions pods succeeded (conditions
 * SuccessCriteriaMet and Complete) or more than backoffLimit failed (FailureTarget and Failed,
 * reason BackoffLimitExceeded). Retries are immediate: the sandbox has no back-off delay.
 */
final class JobController implements Reconciler {
  private final KubernetesClient client;

  JobController(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public void reconcile(ObjectKey key) {
    Job job = client.batch().v1().jobs().inNamespace(key.namespace()).withName(key.name()).get();
    if (job == null
        || Owners.isDeleting(job)
        || isFinished(job)
        || Boolean.TRUE.equals(job.getSpec().getSuspend())) {
      return;
    }
    List<Pod> pods =
        client.pods().inNamespace(key.namespace()).list().getItems().stream()
            .filter(p -> Owners.isControlledBy(p, job))
            .toList();
    int succeeded = count(pods, "Succeeded");
    int failed = count(pods, "Failed");
    List<Pod> active = pods.stream().filter(PodStates::isActive).toList();
    int completions = job.getSpec().getCompletions() == null ? 1 : job.getSpec().getCompletions();
    int parallelism = job.getSpec().getParallelism() == null ? 1 : job.getSpec().getParallelism();
    int backoffLimit =
        job.getSpec().getBackoffLimit() == null ? 6 : job.getSpec().getBackoffLimit();
    List<JobCondition> conditions = new ArrayList<>();
    String now = Conditions.now();
    String completionTime = null;
    if (failed > backoffLimit) {
      conditions.add(
          condition(
              "FailureTarget",
              "BackoffLimitExceeded",
              "Job has reached the specified backoff limit",
              now));
      conditions.add(
          condition(
              "Failed",
              "BackoffLimitExceeded",
              "Job has reached the specified backoff limit",
              now));
      active.forEach(p -> client.resource(p).delete());
      active = List.of();
    } else if (succeeded >= completions) {
      conditions.add(
          condition(
              "SuccessCriteriaMet",
              "CompletionsReached",
              "Reached expected number of succeeded pods",
              now));
      conditions.add(
          condition(
              "Complete", "CompletionsReached", "Reached expected number of succeeded pods", now));
      completionTime = now;
    } else {
      int wanted = Math.min(parallelism, completions - succeeded) - active.size();
      for (int i = 0; i < wanted; i++) {
        createPod(job);
      }
    }
    JobStatus status =
        new JobStatusBuilder()
            .withStartTime(
                job.getStatus() != null && job.getStatus().getStartTime() != null
                    ? job.getStatus().getStartTime()
                    : now)
            .withActive(active.isEmpty() ? null : active.size())
            .withReady((int) active.stream().filter(PodStates::isReady).count())
            .withSucceeded(succeeded == 0 ? null : succeeded)
            .withFailed(failed == 0 ? null : failed)
            .withTerminating(0)
            .withCompletionTime(completionTime)
            .withConditions(conditions)
            .build();
    if (!Objects.equals(status, job.getStatus())) {
      job.setStatus(status);
      client.resource(job).updateStatus();
    }
  }

  private void createPod(Job job) {
    String uid = job.getMetadata().getUid();
    String name = job.getMetadata().getName();
    Map<String, String> labels =
        Map.of(
            "batch.kubernetes.io/controller-uid", uid,
            "batch.kubernetes.io/job-name", name,
            "controller-uid", uid,
            "job-name", name);
    client
        .pods()
        .inNamespace(job.getMetadata().getNamespace())
        .resource(PodFactory.fromTemplate(job, job.getSpec().getTemplate(), null, labels))
        .create();
  }

  private static boolean isFinished(Job job) {
    return job.getStatus() != null
        && job.getStatus().getConditions() != null
        && job.getStatus().getConditions().stream()
            .anyMatch(
                c ->
                    ("Complete".equals(c.getType()) || "Failed".equals(c.getType()))
                        && "True".equals(c.getStatus()));
  }

  private static int count(List<Pod> pods, String phase) {
    return (int) pods.stream().filter(p -> phase.equals(PodStates.phase(p))).count();
  }

  private static JobCondition condition(String type, String reason, String message, String now) {
    return new JobConditionBuilder()
        .withType(type)
        .withStatus("True")
        .withReason(reason)
        .withMessage(message)
        .withLastProbeTime(now)
        .withLastTransitionTime(now)
        .build();
  }
}
