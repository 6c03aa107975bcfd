package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code mooring server} and {@code mooring admin initial-password} against an embedded cluster,
 * used as an operator would: start the server, read the admin password, log in, stop with Ctrl-C.
 */
class ServerCommandTest {
  private static final Pattern URL = Pattern.compile("serving (http://localhost:\\d+)");
  @TempDir Path dir;

  @Test
  void theServerPrintsItsUrlAndTheInitialPasswordLogsInAsAdmin() throws Exception {
    try (EmbeddedCluster cluster = EmbeddedCluster.start(EmbeddedClusterOptions.forTests());
        KubernetesClient kube = cluster.newClient()) {
      Path kubeconfig = dir.resolve("kubeconfig");
      cluster.writeKubeconfig(kubeconfig);
      prepare(kube);
      StringWriter out = new StringWriter();
      AtomicInteger exitCode = new AtomicInteger(-1);
      Thread run =
          new Thread(
              () -> {
                CommandLine commandLine = Main.commandLine();
                commandLine.setOut(new PrintWriter(out, true));
                commandLine.setErr(new PrintWriter(new StringWriter(), true));
                exitCode.set(
                    commandLine.execute(
                        "server",
                        "--kubeconfig",
                        kubeconfig.toString(),
                        "--namespace",
                        "team",
                        "--port",
                        "0",
                        "--insecure",
                        "--data-dir",
                        dir.resolve("data").toString()));
              });
      run.start();
      await().atMost(Duration.ofSeconds(60)).until(() -> URL.matcher(out.toString()).find());
      Matcher url = URL.matcher(out.toString());
      assertThat(url.find()).isTrue();

      CliRun password =
          CliRun.of(
              "admin", "initial-password", "--kubeconfig", kubeconfig.toString(), "-n", "team");
      assertThat(password.exitCode()).as(password.err()).isZero();
      String login = "{\"username\":\"admin\",\"password\":\"" + password.out().strip() + "\"}";
      HttpResponse<String> session =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url.group(1) + "/api/v1/session"))
                      .POST(HttpRequest.BodyPublishers.ofString(login))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
      assertThat(session.body()).contains("\"token\"");

      run.interrupt();
      run.join(30_000);
      assertThat(run.isAlive()).isFalse();
      assertThat(exitCode.get()).isZero();
    }
  }

  @Test
  void initialPasswordExplainsAMissingSecret() {
    try (EmbeddedCluster cluster = EmbeddedCluster.start(EmbeddedClusterOptions.forTests())) {
      Path kubeconfig = dir.resolve("kubeconfig");
      cluster.writeKubeconfig(kubeconfig);

      CliRun run =
          CliRun.of("admin", "initial-password", "--kubeconfig", kubeconfig.toString(), "-n", "x");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains("Secret argocd-initial-admin-secret not found in namespace x")
          .contains("password was changed");
    }
  }

  @Test
  void aMissingKubeconfigIsAUsageError() {
    CliRun run = CliRun.of("server", "--kubeconfig", dir.resolve("nope").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file");
  }

  @Test
  void anAddressThatIsNotAnIpAddressIsAUsageError() {
    CliRun run = CliRun.of("server", "--address", "mooring.example");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: --address mooring.example: not an IP address");
  }

  private static void prepare(KubernetesClient kube) throws Exception {
    kube.namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("team").endMetadata().build())
        .create();
    for (String crd : new String[] {"application-crd.yaml", "appproject-crd.yaml"}) {
      try (InputStream in = Files.newInputStream(Path.of("..", "deploy", "crds", crd))) {
        kube.apiextensions()
            .v1()
            .customResourceDefinitions()
            .resource(Serialization.unmarshal(in, CustomResourceDefinition.class))
            .create();
      }
    }
  }
}
