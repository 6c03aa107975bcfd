package io.mooring.server.webhook;

import io.mooring.model.Application;
import io.mooring.server.catalog.ApplicationCatalog;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@link PushListener} of a running server: refreshes exactly the Applications {@link
 * PushMatcher} selects for a push (repoURL, target revision, manifest-generate-paths), and no
 * others on the same repository.
 */
public final class MatchingAppsRefresher implements PushListener {
  private final ApplicationCatalog applications;
  private final Consumer<String> refresh;

  /**
   * @param applications where the candidate Applications are read
   * @param refresh asks for one Application to be compared again at the newest revision
   */
  public MatchingAppsRefresher(ApplicationCatalog applications, Consumer<String> refresh) {
    this.applications = applications;
    this.refresh = refresh;
  }

  @Override
  public void onPush(PushEvent event) {
    refreshed(event);
  }

  /** Refreshes the Applications {@code event} concerns and returns their names. */
  public List<String> refreshed(PushEvent event) {
    List<String> names =
        PushMatcher.matching(event, applications.list()).stream()
            .map((Application app) -> app.metadata.name)
            .toList();
    names.forEach(refresh);
    return names;
  }
}
