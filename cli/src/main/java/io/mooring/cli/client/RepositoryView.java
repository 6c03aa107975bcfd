package io.mooring.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Repositories as the server shows them (no secrets ever reach the CLI): a table for {@code repo
 * list}, label-value lines for {@code repo get}.
 */
public final class RepositoryView {
  private RepositoryView() {}

  public static String table(List<JsonNode> repositories) {
    Table table =
        new Table("TYPE", "NAME", "REPO", "INSECURE", "LFS", "STATUS", "MESSAGE", "PROJECT");
    for (JsonNode repository : repositories) {
      table.row(
          repository.path("type").asText("git"),
          repository.path("name").asText(""),
          repository.path("repo").asText(""),
          Boolean.toString(repository.path("insecure").asBoolean(false)),
          Boolean.toString(repository.path("enableLfs").asBoolean(false)),
          repository.path("connectionState").path("status").asText(""),
          repository.path("connectionState").path("message").asText(""),
          repository.path("project").asText(""));
    }
    return table.render();
  }

  public static String detail(JsonNode repository) {
    StringBuilder out = new StringBuilder();
    Fields.add(out, "Repo:", repository.path("repo").asText(""));
    Fields.add(out, "Type:", repository.path("type").asText("git"));
    Fields.add(out, "Name:", repository.path("name").asText(""));
    Fields.add(out, "Project:", repository.path("project").asText(""));
    Fields.add(out, "Username:", repository.path("username").asText(""));
    Fields.add(out, "Credentials:", credentials(repository));
    Fields.add(out, "Insecure:", Boolean.toString(repository.path("insecure").asBoolean(false)));
    Fields.add(out, "LFS:", Boolean.toString(repository.path("enableLfs").asBoolean(false)));
    Fields.add(out, "Status:", repository.path("connectionState").path("status").asText(""));
    Fields.add(out, "Message:", repository.path("connectionState").path("message").asText(""));
    return out.toString();
  }

  private static String credentials(JsonNode repository) {
    if (repository.path("inheritedCreds").asBoolean(false)) {
      return "from a credential template";
    }
    return repository.hasNonNull("username") ? "username and password (not shown)" : "none shown";
  }
}
