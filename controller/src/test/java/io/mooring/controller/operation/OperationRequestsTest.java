package io.mooring.controller.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.controller.history.RollbackRequest.RollbackRefused;
import io.mooring.controller.operation.OperationRequests.OperationRefused;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.SyncOperationResource;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationRequestsTest {
  @Test
  void aSyncRequestCarriesEverythingTheUserAskedFor() throws Exception {
    SyncOperationResource only = new SyncOperationResource();
    only.group = "apps";
    only.kind = "Deployment";
    only.name = "web";
    SyncOrder order =
        SyncOrder.ofEverything()
            .atRevision("v2")
            .with(SyncOrder.Flag.PRUNE)
            .with(SyncOrder.Flag.DRY_RUN)
            .selecting(List.of(only))
            .withSyncOptions(List.of("ServerSideApply=true"));

    Application requested = OperationRequests.sync(idleApp(), order, "alice");

    assertThat(requested.operation.sync.revision).isEqualTo("v2");
    assertThat(requested.operation.sync.prune).isTrue();
    assertThat(requested.operation.sync.dryRun).isTrue();
    assertThat(requested.operation.sync.resources).extracting(r -> r.name).containsExactly("web");
    assertThat(requested.operation.sync.syncOptions).containsExactly("ServerSideApply=true");
    assertThat(requested.operation.initiatedBy.username).isEqualTo("alice");
    assertThat(requested.operation.initiatedBy.automated).isNull();
  }

  @Test
  void aPlainSyncLeavesRevisionPruneAndDryRunUnset() throws Exception {
    Application requested = OperationRequests.sync(idleApp(), SyncOrder.ofEverything(), "bob");

    assertThat(requested.operation.sync.revision).isNull();
    assertThat(requested.operation.sync.prune).isNull();
    assertThat(requested.operation.sync.dryRun).isNull();
    assertThat(requested.operation.sync.resources).isNull();
  }

  @Test
  void aSyncRequestLeavesTheInputUntouched() throws Exception {
    Application app = idleApp();

    OperationRequests.sync(app, SyncOrder.ofEverything(), "alice");

    assertThat(app.operation).isNull();
  }

  @Test
  void aSyncIsRefusedWhileAnotherOperationRuns() {
    Application app = app("{}", "Running");

    assertThatThrownBy(() -> OperationRequests.sync(app, SyncOrder.ofEverything(), "alice"))
        .isInstanceOf(OperationRefused.class)
        .hasMessage("another operation is already in progress on guestbook");
  }

  @Test
  void aRollbackSyncsTheEntrysRevisionAndSource() throws Exception {
    Application requested = OperationRequests.rollback(idleApp(), 0, "alice");

    assertThat(requested.operation.sync.revision).isEqualTo("first");
    assertThat(requested.operation.sync.source.path).isEqualTo("guestbook-v1");
    assertThat(requested.operation.initiatedBy.username).isEqualTo("alice");
  }

  @Test
  void aRollbackIsRefusedUnderAutomatedSync() {
    Application app = app("{automated: {}}", "Succeeded");

    assertThatThrownBy(() -> OperationRequests.rollback(app, 0, "alice"))
        .isInstanceOf(RollbackRefused.class)
        .hasMessageContaining("auto-sync is enabled");
  }

  @Test
  void aRollbackToAnUnknownIdIsRefusedNamingIt() {
    assertThatThrownBy(() -> OperationRequests.rollback(idleApp(), 9, "alice"))
        .isInstanceOf(RollbackRefused.class)
        .hasMessage("application guestbook does not have deployment with id 9");
  }

  @Test
  void terminateMarksTheRunningOperationTerminating() throws Exception {
    Application terminating = OperationRequests.terminate(app("{}", "Running"));

    assertThat(terminating.status.operationState.phase).isEqualTo("Terminating");
  }

  @Test
  void terminateIsRefusedWhenNothingRuns() {
    assertThatThrownBy(() -> OperationRequests.terminate(idleApp()))
        .isInstanceOf(OperationRefused.class)
        .hasMessage("no operation is in progress on guestbook: there is nothing to terminate");
  }

  private static Application idleApp() {
    return app("{}", "Succeeded");
  }

  private static Application app(String syncPolicy, String phase) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: guestbook}
        spec:
          source: {repoURL: 'https://git.example.com/apps.git', path: guestbook, targetRevision: main}
          destination: {server: 'https://kubernetes.default.svc', namespace: guestbook}
          syncPolicy: %s
        status:
          operationState: {phase: %s, operation: {sync: {}}}
          history:
            - id: 0
              revision: first
              source: {repoURL: 'https://git.example.com/apps.git', path: guestbook-v1}
            - {id: 1, revision: second}
        """
            .formatted(syncPolicy, phase),
        Application.class);
  }
}
