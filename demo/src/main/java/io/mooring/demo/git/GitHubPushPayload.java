package io.mooring.demo.git;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of a GitHub {@code push} event for one updated ref: {@code ref}, {@code before}, {@code
 * after}, {@code repository} (its clone URL as {@code html_url} and {@code clone_url}, and the
 * default branch), {@code commits} oldest first with their added/modified/removed files, and {@code
 * head_commit}. Pure: no I/O.
 *
 * @param repositoryUrl the repository's clone URL
 * @param repositoryName its name, such as {@code examples}
 * @param defaultBranch the branch HEAD points to
 * @param ref the full ref name pushed, such as {@code refs/heads/main}
 * @param before the ref's old commit (forty zeros when it was created)
 * @param after the ref's new commit (forty zeros when it was deleted)
 * @param commits the commits the push added, oldest first
 */
public record GitHubPushPayload(
    String repositoryUrl,
    String repositoryName,
    String defaultBranch,
    String ref,
    String before,
    String after,
    List<PushedCommit> commits) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public GitHubPushPayload {
    commits = List.copyOf(commits);
  }

  /** The JSON body, as UTF-8 bytes (what the signature is computed over). */
  public byte[] toJson() {
    ObjectNode body = JSON.createObjectNode();
    body.put("ref", ref);
    body.put("before", before);
    body.put("after", after);
    body.put("created", before.chars().allMatch(c -> c == '0'));
    body.put("deleted", after.chars().allMatch(c -> c == '0'));
    ObjectNode repository = body.putObject("repository");
    repository.put("name", repositoryName);
    repository.put("full_name", repositoryName);
    repository.put("html_url", repositoryUrl);
    repository.put("clone_url", repositoryUrl);
    repository.put("url", repositoryUrl);
    repository.put("default_branch", defaultBranch);
    ArrayNode list = body.putArray("commits");
    commits.forEach(commit -> list.add(commitNode(commit)));
    if (commits.isEmpty()) {
      body.putNull("head_commit");
    } else {
      body.set("head_commit", commitNode(commits.get(commits.size() - 1)));
    }
    body.putObject("pusher").put("name", "git");
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectNode commitNode(PushedCommit commit) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", commit.id());
    node.put("message", commit.message());
    node.put("timestamp", commit.timestamp().toString());
    node.putObject("author").put("name", commit.author()).put("email", commit.email());
    commit.added().forEach(node.putArray("added")::add);
    commit.modified().forEach(node.putArray("modified")::add);
    commit.removed().forEach(node.putArray("removed")::add);
    return node;
  }
}
