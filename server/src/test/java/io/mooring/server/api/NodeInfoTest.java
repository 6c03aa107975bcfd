package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeInfoTest {
  private static JsonNode yaml(String text) {
    return ModelCodec.readYaml(text, JsonNode.class);
  }

  @Test
  void aCrashingPodShowsItsWaitingReasonReadyContainersAndRestarts() {
    JsonNode pod =
        yaml(
            """
            kind: Pod
            metadata: {name: web-1}
            spec:
              nodeName: node-a
              initContainers: [{name: init, image: busybox:1.36}]
              containers: [{name: web, image: nginx:1.27}, {name: log, image: fluentbit:3}]
            status:
              phase: Running
              containerStatuses:
                - {name: web, ready: false, restartCount: 3,
                   state: {waiting: {reason: CrashLoopBackOff}}}
                - {name: log, ready: true, restartCount: 1, state: {running: {}}}
            """);

    assertThat(NodeInfo.of("", "Pod", pod))
        .containsExactly(
            Map.of("name", "Status Reason", "value", "CrashLoopBackOff"),
            Map.of("name", "Node", "value", "node-a"),
            Map.of("name", "Containers", "value", "1/2"),
            Map.of("name", "Restart Count", "value", "4"));
    assertThat(NodeInfo.images("", "Pod", pod))
        .containsExactly("busybox:1.36", "nginx:1.27", "fluentbit:3");
  }

  @Test
  void aPodBeingDeletedIsTerminating() {
    JsonNode pod =
        yaml(
            """
            kind: Pod
            metadata: {name: web-1, deletionTimestamp: '2025-06-01T10:00:00Z'}
            spec: {containers: [{name: web, image: nginx}]}
            status: {phase: Running, containerStatuses: [{name: web, ready: true, state: {running: {}}}]}
            """);

    assertThat(NodeInfo.statusReason(pod)).isEqualTo("Terminating");
  }

  @Test
  void aCompletedContainerWithoutReasonShowsItsExitCode() {
    JsonNode pod =
        yaml(
            """
            kind: Pod
            metadata: {name: job-1}
            spec: {containers: [{name: job, image: busybox}]}
            status: {phase: Failed, containerStatuses: [{name: job, state: {terminated: {exitCode: 2}}}]}
            """);

    assertThat(NodeInfo.statusReason(pod)).isEqualTo("ExitCode:2");
  }

  @Test
  void aReplicaSetShowsItsDeploymentRevisionAndNoImages() {
    JsonNode replicaSet =
        yaml(
            """
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata:
              name: web-abc
              annotations: {deployment.kubernetes.io/revision: '3'}
            spec: {template: {spec: {containers: [{name: web, image: nginx}]}}}
            """);

    assertThat(NodeInfo.of("apps", "ReplicaSet", replicaSet))
        .isEqualTo(List.of(Map.of("name", "Revision", "value", "Rev:3")));
    assertThat(NodeInfo.images("apps", "ReplicaSet", replicaSet)).isEmpty();
  }
}
