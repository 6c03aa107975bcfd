package io.mooring.bench;

import ch.qos.logback.classic.Level;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.mooring.kube.apps.ApplicationClient;
import io.mooring.kube.apps.ApplicationInformer;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationEventHub;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.wiring.InformerApplicationCatalog;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.LoggerFactory;

/**
 * The API server's Application list and webhook dispatch, in process over loopback HTTP.
 *
 * <p>List: {@code N} busy Applications (default 6,000; {@link BusyApplications}) stored in the
 * embedded cluster and read, as {@code mooring server} reads them, through a watch of the control
 * namespace ({@link InformerApplicationCatalog}); an admin lists everything ({@code limit=0}), the
 * default first page and a page of 50. The same requests through a catalog that converts every
 * stored app on each list (what the server did before) run beside it. Anchor: Argo CD 2.5–4.3 s and
 * ~187 MB for 6,000 apps (argoproj/argo-cd#28090).
 *
 * <p>Webhook: 1,000 Applications on one repository (half tracking {@code main}, a quarter {@code
 * release}, a quarter {@code main} with {@code manifest-generate-paths} on their own folder), a
 * GitHub push to {@code main} touching one folder: latency from the POST to every matching refresh
 * requested, and how many apps were asked to refresh. (The refresh itself is the controller's
 * queue; see ControllerBench.) Usage: {@code bench/run ApiListBench [apps] [rounds]}.
 */
public final class ApiListBench {
  private ApiListBench() {}

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.WARN);
    int apps = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    listBench(apps, rounds);
    webhookBench(1000, rounds);
  }

  private static void listBench(int count, int rounds) throws Exception {
    long appBytes = ModelCodec.jsonMapper().writeValueAsBytes(BusyApplications.numbered(0)).length;
    try (EmbeddedCluster cluster = EmbeddedCluster.start(EmbeddedClusterOptions.defaults());
        KubernetesClient kube = cluster.newClient()) {
      ApplicationClient client = prepareControlNamespace(kube);
      long createStart = System.nanoTime();
      createApps(client, count);
      double createSeconds = (System.nanoTime() - createStart) / 1e9;
      long clusterHeap = heapAfterGc();
      try (ApplicationInformer informer = client.watch((change, app) -> {})) {
        while (informer.listShared().size() < count) {
          Thread.sleep(50);
        }
        long watchHeap = heapAfterGc();
        ApplicationCatalog watched =
            new InformerApplicationCatalog(informer, client, new ApplicationEventHub());
        ApplicationCatalog converting = new ConvertingCatalog(informer);
        System.out.printf(
            Locale.ROOT,
            "%nApplication list, %,d apps of ~%,d bytes of JSON each, stored in the embedded cluster"
                + " (%.1f s to create) and read through a watch; first request, then the median of %d"
                + " more%n",
            count,
            appBytes,
            createSeconds,
            rounds);
        System.out.printf(
            Locale.ROOT,
            "| catalog | request | first | median | payload | items |%n|---|---|---|---|---|---|%n");
        ListFigures now = measureList("converted once per change", watched, rounds);
        ListFigures before = measureList("converted on every list (before)", converting, rounds);
        System.out.printf(
            Locale.ROOT,
            "Converted once per change vs on every list: full list %.1fx faster, first page %.1fx"
                + " faster. Argo CD anchor 2.5-4.3 s / ~187 MB: full list %.1fx-%.1fx faster,"
                + " default page %.0fx smaller than Argo CD's only response.%n",
            before.full().millis() / now.full().millis(),
            before.firstPage().millis() / now.firstPage().millis(),
            2500 / now.full().millis(),
            4300 / now.full().millis(),
            187e6 / now.firstPage().bytes());
        long servedHeap = heapAfterGc();
        System.out.printf(
            Locale.ROOT,
            "Heap after GC: embedded cluster with the apps %d MB; + the server's watch cache %d MB;"
                + " + converted apps and their JSON after the lists %d MB%n",
            clusterHeap >> 20,
            (watchHeap - clusterHeap) >> 20,
            (servedHeap - watchHeap) >> 20);
      }
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** The full list and the default first page through {@code catalog}. */
  private record ListFigures(ApiFixture.Figures full, ApiFixture.Figures firstPage) {}

  private static ListFigures measureList(String label, ApplicationCatalog catalog, int rounds)
      throws Exception {
    try (ApiFixture fixture = new ApiFixture(catalog, new ReadOnlyWriter(), name -> {})) {
      String token = fixture.loginAdmin();
      ApiFixture.Figures all = fixture.measure("/api/v1/applications?limit=0", token, rounds);
      ApiFixture.Figures first = fixture.measure("/api/v1/applications", token, rounds);
      ApiFixture.Figures small = fixture.measure("/api/v1/applications?limit=50", token, rounds);
      all.print(label + " | full list (limit=0)");
      first.print(label + " | first page, defaults (limit 500, 1 MB budget)");
      small.print(label + " | first page, limit=50");
      return new ListFigures(all, first);
    }
  }

  private static ApplicationClient prepareControlNamespace(KubernetesClient kube) throws Exception {
    kube.namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    try (InputStream in = Files.newInputStream(Path.of("deploy", "crds", "application-crd.yaml"))) {
      kube.apiextensions()
          .v1()
          .customResourceDefinitions()
          .resource(Serialization.unmarshal(in, CustomResourceDefinition.class))
          .create();
    }
    return new ApplicationClient(kube, "argocd");
  }

  private static void createApps(ApplicationClient client, int count) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        done.add(pool.submit(() -> client.create(BusyApplications.numbered(index))));
      }
      for (int i = 0; i < done.size(); i++) {
        done.get(i).get();
        if ((i + 1) % 1000 == 0) {
          System.out.printf(Locale.ROOT, "created %,d of %,d apps%n", i + 1, count);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void webhookBench(int count, int rounds) throws Exception {
    List<Application> applications = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Application app = BusyApplications.numbered(i);
      app.spec.source.path = "apps/app-%04d".formatted(i);
      if (i % 4 == 1) {
        app.spec.source.targetRevision = "release";
      }
      if (i % 4 == 3) {
        app.metadata.annotations = Map.of("argocd.argoproj.io/manifest-generate-paths", ".");
      }
      applications.add(app);
    }
    ApplicationCatalog catalog =
        new ApplicationCatalog() {
          @Override
          public Optional<Application> get(String name) {
            return applications.stream().filter(a -> a.metadata.name.equals(name)).findFirst();
          }

          @Override
          public List<Application> list() {
            return applications;
          }
        };
    Set<String> refreshed = ConcurrentHashMap.newKeySet();
    try (ApiFixture fixture = new ApiFixture(catalog, new ReadOnlyWriter(), refreshed::add)) {
      String payload =
          """
          {"ref": "refs/heads/main", "after": "0123456789abcdef0123456789abcdef01234567",
           "repository": {"html_url": "https://git.example.com/platform/apps",
                          "clone_url": "%s", "default_branch": "main"},
           "commits": [{"added": [], "removed": [], "modified": ["apps/app-0003/deployment.yaml"]}]}
          """
              .formatted(BusyApplications.REPO);
      double[] millis = new double[rounds];
      for (int round = -1; round < rounds; round++) {
        refreshed.clear();
        long start = System.nanoTime();
        HttpResponse<String> response =
            fixture.http.send(
                HttpRequest.newBuilder(fixture.uri("/api/webhook"))
                    .header("X-GitHub-Event", "push")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
          throw new IllegalStateException("webhook answered " + response.statusCode());
        }
        if (round >= 0) {
          millis[round] = elapsed;
        }
      }
      long expected =
          applications.stream()
              .filter(
                  a ->
                      "main".equals(a.spec.source.targetRevision)
                          && (a.metadata.annotations == null
                              || a.spec.source.path.equals("apps/app-0003")))
              .count();
      System.out.printf(
          Locale.ROOT,
          "%nWebhook, %,d apps on one repository, GitHub push to main touching apps/app-0003:%n"
              + "| POST -> matching refreshes requested (median) | apps refreshed | apps that match"
              + " | apps on the repository |%n|---|---|---|---|%n| %.1f ms | %d | %d | %d |%n",
          count,
          ApiFixture.median(millis),
          refreshed.size(),
          expected,
          count);
    }
  }

  /** Lists by converting every stored app on each call, as the server's catalog did before. */
  private record ConvertingCatalog(ApplicationInformer informer) implements ApplicationCatalog {
    @Override
    public Optional<Application> get(String name) {
      return informer.get(name);
    }

    @Override
    public List<Application> list() {
      return informer.list();
    }
  }

  /** The measured requests only read; a write would be a mistake in the bench. */
  private static final class ReadOnlyWriter implements ApplicationWriter {
    @Override
    public Optional<Application> current(String name) {
      throw new UnsupportedOperationException("the bench does not write");
    }

    @Override
    public Application create(Application app) {
      throw new UnsupportedOperationException("the bench does not write");
    }

    @Override
    public Application update(Application app) {
      throw new UnsupportedOperationException("the bench does not write");
    }

    @Override
    public Application updateStatus(Application app) {
      throw new UnsupportedOperationException("the bench does not write");
    }

    @Override
    public void delete(String name) {
      throw new UnsupportedOperationException("the bench does not write");
    }
  }
}
