package io.mooring.sandbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import io.mooring.sandbox.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkloadSimulatorTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static EmbeddedCluster cluster;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    cluster = EmbeddedCluster.start(EmbeddedClusterOptions.forTests());
    client = cluster.newClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    cluster.close();
  }

  @Test
  void deploymentBecomesAvailableWithReadyPods() {
    client.resource(Fixtures.deployment("web", 3, "nginx:1")).create();

    eventually().untilAsserted(() -> assertRolledOut("web", 3));
    assertThat(client.pods().withLabel("app", "web").list().getItems())
        .hasSize(3)
        .allSatisfy(
            p -> {
              assertThat(p.getStatus().getPhase()).isEqualTo("Running");
              assertThat(p.getSpec().getNodeName()).isEqualTo(EmbeddedCluster.NODE_NAME);
              assertThat(p.getSpec().getRestartPolicy())
                  .as("defaulted as an API server defaults the template")
                  .isEqualTo("Always");
            });
    Deployment d = client.apps().deployments().withName("web").get();
    assertThat(d.getStatus().getConditions())
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("Progressing");
              assertThat(c.getReason()).isEqualTo("NewReplicaSetAvailable");
            })
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("Available");
              assertThat(c.getStatus()).isEqualTo("True");
            });
  }

  @Test
  void changingTheImageRollsOutANewReplicaSetAndScalesTheOldToZero() {
    client.resource(Fixtures.deployment("roll", 2, "app:1")).create();
    eventually().untilAsserted(() -> assertRolledOut("roll", 2));

    client
        .apps()
        .deployments()
        .withName("roll")
        .edit(
            d -> {
              d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("app:2");
              return d;
            });

    eventually()
        .untilAsserted(
            () -> {
              assertRolledOut("roll", 2);
              List<ReplicaSet> sets = ownedSets("roll");
              assertThat(sets).hasSize(2);
              assertThat(sets).filteredOn(rs -> rs.getSpec().getReplicas() == 0).hasSize(1);
            });
    assertThat(client.apps().deployments().withName("roll").get().getMetadata().getAnnotations())
        .containsEntry("deployment.kubernetes.io/revision", "2");
  }

  @Test
  void scalingADeploymentChangesItsPods() {
    client.resource(Fixtures.deployment("scale", 1, "app:1")).create();
    eventually().untilAsserted(() -> assertRolledOut("scale", 1));

    client.apps().deployments().withName("scale").scale(4);

    eventually().untilAsserted(() -> assertRolledOut("scale", 4));
    assertThat(client.pods().withLabel("app", "scale").list().getItems()).hasSize(4);
  }

  @Test
  void jobRunsToCompletion() {
    client.resource(job("done", Map.of())).create();

    eventually()
        .untilAsserted(
            () -> {
              Job job = client.batch().v1().jobs().withName("done").get();
              assertThat(job.getStatus().getSucceeded()).isEqualTo(1);
              assertThat(job.getStatus().getConditions())
                  .anySatisfy(c -> assertThat(c.getType()).isEqualTo("Complete"));
              assertThat(job.getStatus().getCompletionTime()).isNotNull();
            });
  }

  @Test
  void jobWithTheFailAnnotationFailsAfterItsBackoffLimit() {
    Job failing = job("hook", Map.of(Kubelet.FAIL_ANNOTATION, "migration exploded"));
    failing.getSpec().setBackoffLimit(1);
    client.resource(failing).create();

    eventually()
        .untilAsserted(
            () -> {
              Job job = client.batch().v1().jobs().withName("hook").get();
              assertThat(job.getStatus().getFailed()).isEqualTo(2);
              assertThat(job.getStatus().getConditions())
                  .anySatisfy(
                      c -> {
                        assertThat(c.getType()).isEqualTo("Failed");
                        assertThat(c.getReason()).isEqualTo("BackoffLimitExceeded");
                      });
            });
    assertThat(client.pods().withLabel("job-name", "hook").list().getItems())
        .allSatisfy(
            p ->
                assertThat(
                        p.getStatus()
                            .getContainerStatuses()
                            .get(0)
                            .getState()
                            .getTerminated()
                            .getMessage())
                    .isEqualTo("migration exploded"));
  }

  @Test
  void statefulSetCreatesOrdinalPodsAndClaimsAndReportsItsRevision() {
    StatefulSet sts =
        new StatefulSetBuilder()
            .withNewMetadata()
            .withName("db")
            .endMetadata()
            .withNewSpec()
            .withReplicas(2)
            .withNewSelector()
            .addToMatchLabels("app", "db")
            .endSelector()
            .withNewTemplate()
            .withNewMetadata()
            .addToLabels("app", "db")
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("db")
            .withImage("postgres:16")
            .endContainer()
            .endSpec()
            .endTemplate()
            .addNewVolumeClaimTemplate()
            .withNewMetadata()
            .withName("data")
            .endMetadata()
            .withNewSpec()
            .withAccessModes("ReadWriteOnce")
            .withNewResources()
            .addToRequests("storage", new Quantity("1Gi"))
            .endResources()
            .endSpec()
            .endVolumeClaimTemplate()
            .endSpec()
            .build();
    client.resource(sts).create();

    eventually()
        .untilAsserted(
            () -> {
              StatefulSet live = client.apps().statefulSets().withName("db").get();
              assertThat(live.getStatus().getReadyReplicas()).isEqualTo(2);
              assertThat(live.getStatus().getUpdatedReplicas()).isEqualTo(2);
              assertThat(live.getStatus().getCurrentRevision())
                  .isEqualTo(live.getStatus().getUpdateRevision());
            });
    assertThat(client.pods().withName("db-0").get()).isNotNull();
    assertThat(client.pods().withName("db-1").get()).isNotNull();
    eventually()
        .untilAsserted(
            () ->
                assertThat(
                        client
                            .persistentVolumeClaims()
                            .withName("data-db-1")
                            .get()
                            .getStatus()
                            .getPhase())
                    .isEqualTo("Bound"));
  }

  @Test
  void daemonSetRunsOnePodOnTheSandboxNode() {
    DaemonSet ds =
        new DaemonSetBuilder()
            .withNewMetadata()
            .withName("agent")
            .endMetadata()
            .withNewSpec()
            .withNewSelector()
            .addToMatchLabels("app", "agent")
            .endSelector()
            .withNewTemplate()
            .withNewMetadata()
            .addToLabels("app", "agent")
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("agent")
            .withImage("agent:1")
            .endContainer()
            .endSpec()
            .endTemplate()
            .endSpec()
            .build();
    client.resource(ds).create();

    eventually()
        .untilAsserted(
            () -> {
              DaemonSet live = client.apps().daemonSets().withName("agent").get();
              assertThat(live.getStatus().getDesiredNumberScheduled()).isEqualTo(1);
              assertThat(live.getStatus().getNumberReady()).isEqualTo(1);
              assertThat(live.getStatus().getUpdatedNumberScheduled()).isEqualTo(1);
            });
  }

  @Test
  void loadBalancerServiceGetsAnIngressAddress() {
    client
        .resource(
            new ServiceBuilder()
                .withNewMetadata()
                .withName("lb")
                .endMetadata()
                .withNewSpec()
                .withType("LoadBalancer")
                .addToSelector("app", "web")
                .addNewPort()
                .withPort(80)
                .endPort()
                .endSpec()
                .build())
        .create();

    eventually()
        .untilAsserted(
            () ->
                assertThat(
                        client
                            .services()
                            .withName("lb")
                            .get()
                            .getStatus()
                            .getLoadBalancer()
                            .getIngress())
                    .hasSize(1));
    assertThat(client.services().withName("lb").get().getSpec().getClusterIP())
        .startsWith("10.96.");
  }

  @Test
  void persistentVolumeClaimBecomesBound() {
    client
        .resource(
            new PersistentVolumeClaimBuilder()
                .withNewMetadata()
                .withName("claim")
                .endMetadata()
                .withNewSpec()
                .withAccessModes("ReadWriteOnce")
                .withNewResources()
                .addToRequests("storage", new Quantity("5Gi"))
                .endResources()
                .endSpec()
                .build())
        .create();

    eventually()
        .untilAsserted(
            () -> {
              var status = client.persistentVolumeClaims().withName("claim").get().getStatus();
              assertThat(status.getPhase()).isEqualTo("Bound");
              assertThat(status.getCapacity()).containsEntry("storage", new Quantity("5Gi"));
            });
  }

  private static org.awaitility.core.ConditionFactory eventually() {
    return await().atMost(PATIENCE).ignoreExceptions();
  }

  private static void assertRolledOut(String name, int replicas) {
    Deployment d = client.apps().deployments().withName(name).get();
    assertThat(d.getStatus()).isNotNull();
    assertThat(d.getStatus().getObservedGeneration()).isEqualTo(d.getMetadata().getGeneration());
    assertThat(d.getStatus().getUpdatedReplicas()).isEqualTo(replicas);
    assertThat(d.getStatus().getReplicas()).isEqualTo(replicas);
    assertThat(d.getStatus().getAvailableReplicas()).isEqualTo(replicas);
  }

  private static List<ReplicaSet> ownedSets(String deployment) {
    return client.apps().replicaSets().list().getItems().stream()
        .filter(rs -> rs.getMetadata().getName().startsWith(deployment + "-"))
        .toList();
  }

  private static Job job(String name, Map<String, String> podAnnotations) {
    return new JobBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withNewSpec()
        .withNewTemplate()
        .withNewMetadata()
        .addToAnnotations(podAnnotations)
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy("Never")
        .addNewContainer()
        .withName("run")
        .withImage("busybox")
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }
}
