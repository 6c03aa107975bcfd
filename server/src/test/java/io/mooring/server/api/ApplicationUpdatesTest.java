package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.model.Application;
import io.mooring.model.ApplicationSpec;
import io.mooring.model.ModelCodec;
import io.mooring.model.ObjectMeta;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationUpdatesTest {

  @Test
  void aWriteThatFindsTheAppChangedIsRedoneOnTheAppAsStoredNow() {
    RacingWriter writer = new RacingWriter(2);
    ApplicationUpdates updates = new ApplicationUpdates(writer);

    Application written =
        updates.update(
            "web",
            app -> {
              app.spec.project = "team-a";
              return app;
            });

    assertThat(written.spec.project).isEqualTo("team-a");
    assertThat(writer.readVersions).containsExactly("1", "2", "3");
    assertThat(written.metadata.resourceVersion).isEqualTo("4");
  }

  @Test
  void aChangeThatRefusesIsNotRetried() {
    RacingWriter writer = new RacingWriter(0);
    ApplicationUpdates updates = new ApplicationUpdates(writer);

    assertThatThrownBy(
            () ->
                updates.update(
                    "web",
                    app -> {
                      throw ApiException.conflict("has changed since resourceVersion 0");
                    }))
        .hasMessageContaining("since resourceVersion 0");
    assertThat(writer.readVersions).hasSize(1);
  }

  @Test
  void anAppThatKeepsChangingEndsInAConflictAfterTheLastAttempt() {
    RacingWriter writer = new RacingWriter(Integer.MAX_VALUE);

    assertThatThrownBy(() -> new ApplicationUpdates(writer).update("web", app -> app))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS));
    assertThat(writer.readVersions).hasSize(ApplicationUpdates.ATTEMPTS);
  }

  @Test
  void anAppThatIsGoneIsNotFound() {
    ApplicationUpdates updates = new ApplicationUpdates(new RacingWriter(0));

    assertThatThrownBy(() -> updates.update("other", app -> app))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  /** Holds app "web"; someone else writes it right after each of the first {@code races} reads. */
  private static final class RacingWriter implements ApplicationWriter {
    private final List<String> readVersions = new ArrayList<>();
    private int races;
    private Application stored;

    RacingWriter(int races) {
      this.races = races;
      stored = new Application();
      stored.metadata = new ObjectMeta();
      stored.metadata.name = "web";
      stored.metadata.resourceVersion = "1";
      stored.spec = new ApplicationSpec();
      stored.spec.project = "default";
    }

    @Override
    public Optional<Application> current(String name) {
      if (!name.equals("web")) {
        return Optional.empty();
      }
      readVersions.add(stored.metadata.resourceVersion);
      Application copy = ModelCodec.copy(stored);
      if (races > 0) {
        races--;
        bump();
      }
      return Optional.of(copy);
    }

    @Override
    public Application update(Application app) {
      if (!app.metadata.resourceVersion.equals(stored.metadata.resourceVersion)) {
        throw ApiException.conflict("Application web changed since it was read");
      }
      stored = ModelCodec.copy(app);
      bump();
      return ModelCodec.copy(stored);
    }

    @Override
    public Application updateStatus(Application app) {
      return update(app);
    }

    @Override
    public Application create(Application app) {
      throw new AssertionError("the updater never creates or deletes");
    }

    @Override
    public void delete(String name) {
      throw new AssertionError("the updater never creates or deletes");
    }

    private void bump() {
      stored.metadata.resourceVersion =
          Long.toString(Long.parseLong(stored.metadata.resourceVersion) + 1);
    }
  }
}
