package io.mooring.demo;

import io.mooring.demo.cluster.ControlPlane;
import io.mooring.demo.cluster.DemoCredentials;
import io.mooring.demo.git.DemoGitServer;
import io.mooring.demo.git.GitServerException;
import io.mooring.demo.git.PushWebhook;
import io.mooring.demo.git.WebhookTarget;
import io.mooring.demo.seed.ExampleRepository;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import io.mooring.server.ListenAddress;
import io.mooring.server.ServerOptions;
import io.mooring.server.Transport;
import io.mooring.server.wiring.RunningServer;
import io.mooring.server.wiring.ServerConfig;
import io.mooring.server.wiring.ServerWiring;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts {@code mooring demo} — the one place its parts are chosen and connected: the data
 * directory, the embedded cluster (with the workload simulator), the Git server seeded with the
 * example apps (its post-receive hook sends signed GitHub push events to the server), the cluster's
 * Argo CD settings, {@code mooring server} over plain HTTP, and the app-of-apps root.
 */
public final class Demo {
  private Demo() {}

  /**
   * Starts everything {@code config} describes and registers the root app; close the result to stop
   * it.
   *
   * @throws DemoException when a port is taken or the data directory cannot be written
   */
  public static RunningDemo start(DemoConfig config, DemoListener listener) {
    List<AutoCloseable> parts = Collections.synchronizedList(new ArrayList<>());
    ExecutorService starters = Executors.newFixedThreadPool(3, Demo::starterThread);
    try {
      DataDirectory data = DataDirectory.open(config.dataDirectory());
      parts.add(data);
      DemoPorts ports = resolvePorts(config, data);
      DemoCredentials credentials = DemoCredentials.generate();
      WebhookTarget webhook = new WebhookTarget();

      listener.step(
          "starting the embedded cluster (a sandbox: simulated pods, kept in memory) and the Git"
              + " server");
      CompletableFuture<Void> helm =
          CompletableFuture.runAsync(
              () -> EmbeddedHelmWarmUp.run(data.server().resolve("helm-warm-up")), starters);
      CompletableFuture<ControlPlane> controlPlane =
          CompletableFuture.supplyAsync(
              () -> startCluster(config, data, ports.kube(), credentials, parts), starters);
      CompletableFuture<DemoGitServer> git =
          CompletableFuture.supplyAsync(
              () -> startGit(data, ports.git(), webhook, parts), starters);
      // the server needs only the cluster: it starts while the example repository is seeded
      CompletableFuture<RunningServer> started =
          controlPlane.thenApplyAsync(
              prepared -> {
                listener.step("starting mooring server (controller, API, web UI)");
                RunningServer server =
                    startServer(config, data, config.apiAddress().withPort(ports.api()));
                parts.add(server);
                return server;
              },
              starters);
      String cloneUrl = join(git).url(ExampleRepository.NAME);
      ExampleRepository.Outcome seeded = ExampleRepository.ensure(data.git(), cloneUrl);
      listener.step(describe(seeded, cloneUrl));
      ControlPlane cluster = join(controlPlane);
      RunningServer server = join(started);
      join(helm);
      webhook.set(
          URI.create("http://127.0.0.1:" + server.port() + "/api/webhook"),
          credentials.webhookSecret());
      String adminPassword =
          cluster
              .initialAdminPassword()
              .orElseThrow(
                  () -> new IllegalStateException("the server wrote no initial admin password"));
      cluster.registerRoot(cloneUrl);
      listener.step("registered the app-of-apps root '" + ControlPlane.ROOT_APP + "'");
      parts.add(
          new ExamplesWatch(
              ControlPlane.ROOT_APP,
              server.controller()::applications,
              names ->
                  listener.examplesSettled(
                      names, Duration.between(config.startedAt(), Instant.now()))));

      DemoAccess access =
          new DemoAccess(
              server.url(),
              server.address().urlHost() + ":" + server.port(),
              adminPassword,
              credentials.viewerPassword(),
              cloneUrl,
              data.kubeconfig(),
              data.root());
      return new RunningDemo(access, server, List.copyOf(parts));
    } catch (IOException e) {
      stopAll(starters, parts);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      stopAll(starters, parts);
      throw e;
    } finally {
      starters.shutdown();
    }
  }

  private static ControlPlane startCluster(
      DemoConfig config,
      DataDirectory data,
      int port,
      DemoCredentials credentials,
      List<AutoCloseable> parts) {
    EmbeddedCluster cluster =
        EmbeddedCluster.start(
            EmbeddedClusterOptions.defaults().withPort(port).withSimulator(config.simulator()));
    parts.add(cluster);
    cluster.writeKubeconfig(data.kubeconfig());
    ControlPlane controlPlane = ControlPlane.of(cluster);
    parts.add(controlPlane);
    controlPlane.prepare(credentials);
    return controlPlane;
  }

  private static DemoGitServer startGit(
      DataDirectory data, int port, WebhookTarget webhook, List<AutoCloseable> parts) {
    AtomicReference<DemoGitServer> self = new AtomicReference<>();
    try {
      DemoGitServer git =
          DemoGitServer.start(
              data.git(), port, new PushWebhook(webhook, name -> self.get().url(name)));
      self.set(git);
      parts.add(git);
      return git;
    } catch (GitServerException e) {
      throw new DemoException("--git-port " + port + ": " + e.getMessage(), e);
    }
  }

  /** The task's result, or the exception it failed with (unwrapped). */
  private static <T> T join(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Waits for the start tasks to end (so nothing they start is left behind), then stops all. */
  private static void stopAll(ExecutorService starters, List<AutoCloseable> parts) {
    starters.shutdown();
    try {
      starters.awaitTermination(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    RunningDemo.closeAll(List.copyOf(parts));
  }

  private static Thread starterThread(Runnable task) {
    Thread thread = new Thread(task, "demo-start");
    thread.setDaemon(true);
    return thread;
  }

  /** The ports to listen on, checked free; Git gets its previous port back when it can. */
  private static DemoPorts resolvePorts(DemoConfig config, DataDirectory data) throws IOException {
    DemoPorts asked = config.ports();
    PortCheck.requireFree("--port", config.apiAddress());
    PortCheck.requireFree("--git-port", ListenAddress.loopback(asked.git()));
    PortCheck.requireFree("--kube-port", ListenAddress.loopback(asked.kube()));
    int git = asked.git();
    if (git == 0) {
      Optional<Integer> previous = ExampleRepository.previousPort(data.git());
      git =
          previous
              .filter(port -> port != asked.api() && port != asked.kube())
              .filter(port -> PortCheck.isFree(ListenAddress.loopback(port)))
              .orElse(0);
    }
    return new DemoPorts(asked.api(), git, asked.kube());
  }

  private static RunningServer startServer(
      DemoConfig config, DataDirectory data, ListenAddress address) {
    try {
      return ServerWiring.start(
          new ServerConfig(
              Optional.of(data.kubeconfig()),
              ControlPlane.NAMESPACE,
              address,
              Transport.plain(),
              data.server(),
              config.controller(),
              ServerOptions.defaults(config.version())));
    } catch (RuntimeException e) {
      if (address.port() != 0 && !PortCheck.isFree(address)) {
        throw new DemoException("--port " + address.port() + ": the port is already in use", e);
      }
      throw e;
    }
  }

  private static String describe(ExampleRepository.Outcome seeded, String cloneUrl) {
    return switch (seeded.action()) {
      case SEEDED -> "seeded the example repository " + cloneUrl;
      case REUSED -> "reusing the example repository " + cloneUrl;
      case REPOINTED ->
          "reusing the example repository, now at " + cloneUrl + " (Application URLs rewritten)";
    };
  }
}
