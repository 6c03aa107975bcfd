package io.mooring.demo.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Git server with its post-receive hook, pushed to with JGit over HTTP; the webhook goes to a
 * small recording HTTP endpoint standing in for {@code mooring server}.
 */
class PushWebhookTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path work;
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final WebhookTarget target = new WebhookTarget();
  private HttpServer endpoint;
  private DemoGitServer git;

  record Delivery(com.sun.net.httpserver.Headers headers, byte[] body) {}

  @BeforeEach
  void start() throws Exception {
    endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    endpoint.createContext(
        "/api/webhook",
        exchange -> {
          deliveries.add(
              new Delivery(exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
          byte[] answer = "{\"dispatched\": 1}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    endpoint.start();
    Path root = Files.createDirectories(work.resolve("git"));
    Git.init()
        .setBare(true)
        .setInitialBranch("main")
        .setDirectory(root.resolve("demo.git").toFile())
        .call()
        .close();
    git = DemoGitServer.start(root, 0, new PushWebhook(target, name -> git.url(name)));
  }

  @AfterEach
  void stop() {
    git.close();
    endpoint.stop(0);
  }

  @Test
  void aPushSendsOneSignedGitHubPushEventListingTheChangedFiles() throws Exception {
    target.set(
        URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/api/webhook"),
        "hook-secret");

    String messages;
    try (Git clone = cloneAndCommit("app/config.yaml", "first: 1\n")) {
      messages = push(clone);
    }

    assertThat(messages)
        .contains(
            "mooring: webhook delivered for refs/heads/main (1 push event(s) verified and dispatched)");
    assertThat(deliveries).hasSize(1);
    Delivery delivery = deliveries.get(0);
    assertThat(delivery.headers().get("X-GitHub-Event")).containsExactly("push");
    assertThat(delivery.headers().get("X-Hub-Signature-256"))
        .containsExactly(HubSignature.of("hook-secret", delivery.body()));
    JsonNode body = JSON.readTree(delivery.body());
    assertThat(body.get("ref").asText()).isEqualTo("refs/heads/main");
    assertThat(body.at("/repository/clone_url").asText()).isEqualTo(git.url("demo.git"));
    assertThat(body.at("/repository/default_branch").asText()).isEqualTo("main");
    assertThat(body.at("/commits/0/added/0").asText()).isEqualTo("app/config.yaml");
    assertThat(body.get("after").asText()).isEqualTo(body.at("/head_commit/id").asText());
  }

  @Test
  void aPushBeforeTheServerListensIsAcceptedAndSaysSo() throws Exception {
    String messages;
    try (Git clone = cloneAndCommit("app/config.yaml", "first: 1\n")) {
      messages = push(clone);
    }

    assertThat(messages).contains("the server is not started yet");
    assertThat(deliveries).isEmpty();
    try (Git check =
        Git.cloneRepository()
            .setURI(git.url("demo.git"))
            .setDirectory(work.resolve("check").toFile())
            .call()) {
      assertThat(check.getRepository().resolve("HEAD")).isNotNull();
    }
  }

  @Test
  void anUnknownRepositoryIsNotFound() {
    assertThatThrownBy(() -> Git.lsRemoteRepository().setRemote(git.url("missing.git")).call())
        .hasMessageContaining("not found");
  }

  private Git cloneAndCommit(String path, String content) throws Exception {
    Path directory = work.resolve("clone");
    Git clone = Git.init().setInitialBranch("main").setDirectory(directory.toFile()).call();
    clone.remoteAdd().setName("origin").setUri(new URIish(git.url("demo.git"))).call();
    Path file = directory.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    clone.add().addFilepattern(".").call();
    clone
        .commit()
        .setMessage("add " + path)
        .setAuthor("Ann", "ann@example.com")
        .setCommitter("Ann", "ann@example.com")
        .call();
    return clone;
  }

  private static String push(Git clone) throws Exception {
    StringBuilder messages = new StringBuilder();
    for (PushResult result :
        clone.push().setRemote("origin").setRefSpecs(new RefSpec("main:main")).call()) {
      messages.append(result.getMessages());
    }
    return messages.toString();
  }
}
