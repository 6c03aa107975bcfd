package io.mooring.source;

import static io.mooring.source.Generators.APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.mooring.model.ApplicationSource;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.testkit.git.GitHttpServer;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import io.mooring.testkit.helm.HelmRepositoryServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Failed fetches and renders never show a password: not in the error, not in any log line. */
class SecretsStayOutOfErrorsAndLogsTest {
  private static final String SECRET = "Wr0ng-but-s3cret-Pa55";

  @TempDir Path dir;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private Level previousLevel;

  @BeforeEach
  void captureEveryLogLine() {
    previousLevel = root.getLevel();
    root.setLevel(Level.DEBUG);
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void stopCapturing() {
    root.detachAppender(logs);
    root.setLevel(previousLevel);
  }

  private SourceException failure(RepoCredentialStore credentials, ApplicationSource source) {
    try (ManifestGenerator generator =
        new ManifestGenerator(GeneratorSettings.defaults(dir.resolve("cache")), credentials)) {
      return catchThrowableOfType(
          SourceException.class,
          () ->
              generator.generate(
                  new ManifestRequest(APP, List.of(source), List.of(), null, Set.of())));
    }
  }

  private void assertSecretNowhere(SourceException failure) {
    assertThat(failure).isNotNull();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
    }
    List<ILoggingEvent> events;
    synchronized (logs) {
      events = new ArrayList<>(logs.list);
    }
    assertThat(events)
        .as("the failure is logged (so the capture works)")
        .anyMatch(e -> e.getLevel() == Level.WARN && e.getLoggerName().startsWith("io.mooring"));
    for (ILoggingEvent event : events) {
      assertThat(event.getFormattedMessage()).doesNotContain(SECRET);
      if (event.getThrowableProxy() != null) {
        assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(SECRET);
      }
    }
  }

  private static Map<String, String> repositorySecret(String url) {
    return Map.of("url", url, "username", "alice", "password", SECRET);
  }

  @Test
  void gitFetchWithWrongPasswordFromTheRepositorySecret() {
    try (TestRepo repo = TestRepo.create(dir.resolve("served/apps.git"));
        GitHttpServer server =
            GitHttpServer.startWithBasicAuth(
                dir.resolve("served"), new GitHttpServer.BasicAuth("alice", "right-password"))) {
      repo.commit("init", RepoChange.file("a/cm.yaml", "kind: ConfigMap\n"));
      ApplicationSource source = Generators.source(repo, "a");
      source.repoURL = server.url("apps.git");
      SourceException failure =
          failure(
              RepoCredentialStore.fromSecretData(
                  List.of(repositorySecret(source.repoURL)), List.of()),
              source);
      assertThat(failure.getMessage()).contains("repo " + server.url("apps.git"));
      assertSecretNowhere(failure);
    }
  }

  @Test
  void gitFetchWithThePasswordWrittenIntoTheUrl() {
    try (TestRepo repo = TestRepo.create(dir.resolve("served/apps.git"));
        GitHttpServer server =
            GitHttpServer.startWithBasicAuth(
                dir.resolve("served"), new GitHttpServer.BasicAuth("alice", "right-password"))) {
      repo.commit("init", RepoChange.file("a/cm.yaml", "kind: ConfigMap\n"));
      ApplicationSource source = Generators.source(repo, "a");
      source.repoURL = server.url("apps.git").replace("http://", "http://alice:" + SECRET + "@");
      SourceException failure = failure(RepoCredentialStore.empty(), source);
      assertThat(failure.getMessage()).contains("http://***@127.0.0.1");
      assertSecretNowhere(failure);
    }
  }

  @Test
  void helmRepositoryWithWrongPassword() {
    try (HelmRepositoryServer server =
        HelmRepositoryServer.startWithBasicAuth(
            new HelmRepositoryServer.BasicAuth("alice", "right-password"))) {
      ApplicationSource source = new ApplicationSource();
      source.repoURL = server.url();
      source.chart = "web";
      source.targetRevision = "1.0.0";
      SourceException failure =
          failure(
              RepoCredentialStore.fromSecretData(
                  List.of(), List.of(repositorySecret(server.url()))),
              source);
      assertThat(failure.getMessage()).contains("HTTP 401");
      assertSecretNowhere(failure);
    }
  }
}
