package io.mooring.controller.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.controller.ports.ApplicationStore;
import io.mooring.engine.sync.OperationPhase;
import io.mooring.engine.sync.SyncState;
import io.mooring.model.Application;
import io.mooring.model.HealthStatus;
import io.mooring.model.ModelCodec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeWriterTest {
  private final VersionedStore store = new VersionedStore();
  private final SyncState outcome =
      new SyncState(OperationPhase.Running, "wave 0 applied", List.of());

  @Test
  void anOutcomeIsWrittenOntoTheNewerVersionWhenAnotherWriterRaced() throws Exception {
    Application held = store.stored();
    Application raced = store.stored();
    raced.status.health = new HealthStatus();
    raced.status.health.status = "Progressing";
    store.update(raced);

    Application saved = new OutcomeWriter(store).save(held, outcome);

    assertThat(saved.status.operationState.message).isEqualTo("wave 0 applied");
    assertThat(saved.status.health.status).as("the other writer's change is kept").isNotNull();
  }

  @Test
  void aTerminateRequestedWhileTasksRanIsKept() throws Exception {
    Application held = store.stored();
    store.update(OperationRequests.terminate(store.stored()));

    Application saved = new OutcomeWriter(store).save(held, outcome);

    assertThat(saved.status.operationState.phase).isEqualTo("Terminating");
  }

  @Test
  void anotherOperationStartedMeanwhileIsNotOverwritten() throws Exception {
    Application held = store.stored();
    Application other = store.stored();
    other.status.operationState.operation.sync.revision = "other";
    store.update(other);

    assertThatThrownBy(() -> new OutcomeWriter(store).save(held, outcome))
        .isInstanceOf(ApplicationStore.StaleApplication.class)
        .hasMessageContaining("changed while its tasks ran");
  }

  /** One Application with optimistic concurrency on its resourceVersion, as the API server. */
  private static final class VersionedStore implements ApplicationStore {
    private Application app =
        ModelCodec.readYaml(
            """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata: {name: web, namespace: argocd, resourceVersion: '1'}
            spec:
              source: {repoURL: 'https://git.example.com/apps.git', path: web}
              destination: {server: 'https://kubernetes.default.svc', namespace: web}
            status:
              operationState: {phase: Running, operation: {sync: {revision: main}}}
            """,
            Application.class);

    Application stored() {
      return ModelCodec.copy(app);
    }

    @Override
    public Optional<Application> get(String name) {
      return Optional.of(stored());
    }

    @Override
    public List<Application> list() {
      return List.of(stored());
    }

    @Override
    public Application updateStatus(Application changed) throws StaleApplication {
      return update(changed);
    }

    @Override
    public Application update(Application changed) throws StaleApplication {
      if (!changed.metadata.resourceVersion.equals(app.metadata.resourceVersion)) {
        throw new StaleApplication("web changed since it was read");
      }
      app = ModelCodec.copy(changed);
      app.metadata.resourceVersion =
          String.valueOf(Long.parseLong(app.metadata.resourceVersion) + 1);
      return stored();
    }
  }
}
