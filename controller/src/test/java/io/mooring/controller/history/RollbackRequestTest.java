package io.mooring.controller.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import org.junit.jupiter.api.Test;

class RollbackRequestTest {
  @Test
  void rollbackFindsTheHistoryEntryById() throws Exception {
    Application app = app("{}");

    assertThat(RollbackRequest.target(app, 1).revision).isEqualTo("second");
  }

  @Test
  void rollbackIsRefusedWhileAutomatedSyncIsEnabled() {
    Application app = app("{automated: {prune: true}}");

    assertThatThrownBy(() -> RollbackRequest.target(app, 0))
        .isInstanceOf(RollbackRequest.RollbackRefused.class)
        .hasMessageStartingWith("rollback cannot be initiated when auto-sync is enabled");
  }

  @Test
  void anUnknownHistoryIdIsRefusedNamingTheApp() {
    Application app = app("{}");

    assertThatThrownBy(() -> RollbackRequest.target(app, 7))
        .hasMessage("application guestbook does not have deployment with id 7");
  }

  private static Application app(String syncPolicy) {
    return ModelCodec.readYaml(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: guestbook}
        spec:
          source: {repoURL: 'https://git.example.com/apps.git', path: guestbook}
          destination: {server: 'https://kubernetes.default.svc', namespace: guestbook}
          syncPolicy: %s
        status:
          history:
            - {id: 0, revision: first}
            - {id: 1, revision: second}
        """
            .formatted(syncPolicy),
        Application.class);
  }
}
