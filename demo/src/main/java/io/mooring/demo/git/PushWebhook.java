package io.mooring.demo.git;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PostReceiveHook;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.transport.ReceivePack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Git server's post-receive hook: for every branch or tag a push updated, sends a GitHub {@code
 * push} event, signed with HMAC-SHA256 ({@code X-Hub-Signature-256}), to the Mooring server's
 * {@code /api/webhook}, and tells the pusher (as {@code remote:} lines) what the server answered.
 * The push itself has succeeded whatever happens here.
 */
public final class PushWebhook implements PostReceiveHook {
  private static final Logger LOG = LoggerFactory.getLogger(PushWebhook.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WebhookTarget target;
  private final HttpClient http;
  private final RepositoryUrls urls;

  /** Builds clone URLs for the payload: the repository's name → its URL on the Git server. */
  @FunctionalInterface
  public interface RepositoryUrls {
    String urlOf(String repositoryName);
  }

  public PushWebhook(WebhookTarget target, RepositoryUrls urls) {
    this.target = target;
    this.urls = urls;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @Override
  public void onPostReceive(ReceivePack pack, Collection<ReceiveCommand> commands) {
    Optional<WebhookTarget.Endpoint> endpoint = target.endpoint();
    if (endpoint.isEmpty()) {
      pack.sendMessage(
          "mooring: the server is not started yet; it sees this push at its next poll");
      return;
    }
    for (ReceiveCommand command : commands) {
      if (command.getResult() != ReceiveCommand.Result.OK
          || !(command.getRefName().startsWith(Constants.R_HEADS)
              || command.getRefName().startsWith(Constants.R_TAGS))) {
        continue;
      }
      pack.sendMessage(deliver(pack.getRepository(), command, endpoint.get()));
    }
  }

  private String deliver(
      Repository repository, ReceiveCommand command, WebhookTarget.Endpoint endpoint) {
    String ref = command.getRefName();
    try {
      byte[] body = payload(repository, command).toJson();
      HttpRequest request =
          HttpRequest.newBuilder(endpoint.url())
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .header("User-Agent", "mooring-demo-git")
              .header("X-GitHub-Event", "push")
              .header("X-GitHub-Delivery", UUID.randomUUID().toString())
              .header("X-Hub-Signature-256", HubSignature.of(endpoint.secret(), body))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        LOG.warn("webhook for {} answered {}: {}", ref, response.statusCode(), response.body());
        return "mooring: webhook for " + ref + " failed with HTTP " + response.statusCode();
      }
      return "mooring: webhook delivered for " + ref + " (" + dispatched(response.body()) + ")";
    } catch (IOException e) {
      LOG.warn("webhook for {} to {} failed: {}", ref, endpoint.url(), e.toString());
      return "mooring: webhook for " + ref + " could not be delivered: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "mooring: webhook for " + ref + " interrupted";
    }
  }

  private GitHubPushPayload payload(Repository repository, ReceiveCommand command)
      throws IOException {
    String name = repositoryName(repository);
    List<PushedCommit> commits =
        PushedCommits.between(repository, command.getOldId(), command.getNewId());
    return new GitHubPushPayload(
        urls.urlOf(name),
        name.replaceFirst("\\.git$", ""),
        defaultBranch(repository),
        command.getRefName(),
        command.getOldId().getName(),
        command.getNewId().getName(),
        commits);
  }

  private static String repositoryName(Repository repository) {
    return repository.getDirectory().toPath().getFileName().toString();
  }

  private static String defaultBranch(Repository repository) throws IOException {
    Ref head = repository.exactRef(Constants.HEAD);
    if (head != null && head.isSymbolic()) {
      return Repository.shortenRefName(head.getTarget().getName());
    }
    return "main";
  }

  /** The server answers {@code {"dispatched": N}}: how many push events it verified and took. */
  private static String dispatched(String body) {
    try {
      int count = JSON.readTree(body).path("dispatched").asInt(-1);
      return count < 0 ? "accepted" : count + " push event(s) verified and dispatched";
    } catch (IOException e) {
      return "accepted";
    }
  }
}
