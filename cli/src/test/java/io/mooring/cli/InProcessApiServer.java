package io.mooring.cli;

import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.server.ApiServer;
import io.mooring.server.ServerDependencies;
import io.mooring.server.ServerOptions;
import io.mooring.server.Transport;
import io.mooring.server.auth.InitialAdminPassword;
import io.mooring.server.auth.PasswordHasher;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.metrics.ServerMetrics;
import io.mooring.server.settings.InMemorySettingsStore;
import io.mooring.server.settings.SettingsNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real Mooring API server started in-process on a random port over plain HTTP, with settings
 * and Applications in memory: the Applications under {@code src/test/resources/apps/}, and besides
 * admin a local account {@code alice} (password {@value #ALICE_PASSWORD}) with no RBAC rights.
 */
final class InProcessApiServer implements LoginTarget, AutoCloseable {
  static final String VERSION = "v0.1.0-test";
  static final String ALICE_PASSWORD = "alice-password";
  private static final Path APPS = Path.of("src", "test", "resources", "apps");
  private final InMemorySettingsStore settings = new InMemorySettingsStore();
  private final List<Application> applications = new CopyOnWriteArrayList<>();
  private final ApiServer server;

  private InProcessApiServer() {
    applications.addAll(fixtureApps());
    settings.putConfigMap(SettingsNames.ARGOCD_CM, Map.of("accounts.alice", "login"));
    settings.updateSecret(
        SettingsNames.ARGOCD_SECRET,
        Map.of("accounts.alice.password", new PasswordHasher().hash(ALICE_PASSWORD)));
    server =
        new ApiServer(dependencies(), ServerOptions.defaults(VERSION)).start(0, Transport.plain());
  }

  static InProcessApiServer start() {
    return new InProcessApiServer();
  }

  @Override
  public String address() {
    return "127.0.0.1:" + server.port();
  }

  @Override
  public String adminPassword() {
    return settings
        .secret(SettingsNames.INITIAL_ADMIN_SECRET)
        .get(InitialAdminPassword.PASSWORD_KEY);
  }

  private ServerDependencies dependencies() {
    ApplicationCatalog apps =
        new ApplicationCatalog() {
          @Override
          public Optional<Application> get(String name) {
            return applications.stream().filter(a -> a.metadata.name.equals(name)).findFirst();
          }

          @Override
          public List<Application> list() {
            return List.copyOf(applications);
          }
        };
    ProjectCatalog projects =
        new ProjectCatalog() {
          @Override
          public Optional<AppProject> get(String name) {
            return Optional.empty();
          }

          @Override
          public List<AppProject> list() {
            return List.of();
          }
        };
    ApplicationWriter writer =
        new ApplicationWriter() {
          @Override
          public Optional<Application> current(String name) {
            return applications.stream().filter(a -> a.metadata.name.equals(name)).findFirst();
          }

          @Override
          public Application create(Application app) {
            applications.add(app);
            return app;
          }

          @Override
          public Application update(Application app) {
            return replace(app);
          }

          @Override
          public Application updateStatus(Application app) {
            return replace(app);
          }

          @Override
          public void delete(String name) {
            applications.removeIf(a -> a.metadata.name.equals(name));
          }
        };
    return new ServerDependencies(
        settings,
        apps,
        writer,
        projects,
        push -> {},
        Optional::empty,
        new ServerMetrics(),
        Clock.systemUTC());
  }

  private Application replace(Application app) {
    applications.replaceAll(a -> a.metadata.name.equals(app.metadata.name) ? app : a);
    return app;
  }

  private static List<Application> fixtureApps() {
    try (var files = Files.list(APPS)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .sorted()
          .map(InProcessApiServer::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Application read(Path file) {
    try {
      return ModelCodec.readYaml(Files.readString(file, StandardCharsets.UTF_8), Application.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
