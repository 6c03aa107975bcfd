package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.model.selector.InvalidLabelSelectorException;
import io.mooring.model.selector.LabelSelector;
import io.mooring.server.http.ApiException;
import io.mooring.source.git.RepoUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The filters of {@code GET /api/v1/applications}, as Argo CD names them: {@code projects}
 * (repeated or comma-separated; also {@code project}), {@code selector} (a label selector), {@code
 * repo} (compared normalized) and {@code name} (exact); plus {@code search}, a case-insensitive
 * part of the name.
 */
record ApplicationQuery(
    Set<String> projects,
    LabelSelector selector,
    Optional<String> repo,
    Optional<String> name,
    Optional<String> search)
    implements Predicate<Application> {

  static ApplicationQuery of(Context ctx) {
    List<String> projects = new ArrayList<>(ctx.queryParams("projects"));
    projects.addAll(ctx.queryParams("project"));
    return new ApplicationQuery(
        projects.stream()
            .flatMap(p -> List.of(p.split(",")).stream())
            .map(String::trim)
            .filter(p -> !p.isEmpty())
            .collect(Collectors.toSet()),
        selector(ctx.queryParam("selector")),
        nonBlank(ctx.queryParam("repo")).map(RepoUrl::normalize),
        nonBlank(ctx.queryParam("name")),
        nonBlank(ctx.queryParam("search")).map(s -> s.toLowerCase(Locale.ROOT)));
  }

  @Override
  public boolean test(Application app) {
    String appName = app.metadata.name;
    return (projects.isEmpty() || projects.contains(ApplicationApi.projectOf(app)))
        && selector.test(app.metadata.labels)
        && repo.map(wanted -> usesRepo(app, wanted)).orElse(true)
        && name.map(appName::equals).orElse(true)
        && search.map(part -> appName.toLowerCase(Locale.ROOT).contains(part)).orElse(true);
  }

  private static boolean usesRepo(Application app, String normalized) {
    if (app.spec == null) {
      return false;
    }
    List<ApplicationSource> sources = new ArrayList<>();
    if (app.spec.source != null) {
      sources.add(app.spec.source);
    }
    if (app.spec.sources != null) {
      sources.addAll(app.spec.sources);
    }
    return sources.stream()
        .anyMatch(s -> s.repoURL != null && normalized.equals(RepoUrl.normalize(s.repoURL)));
  }

  /** The {@code selector} parameter; a malformed one is a 400 naming it. */
  private static LabelSelector selector(String text) {
    try {
      return LabelSelector.parse(text);
    } catch (InvalidLabelSelectorException e) {
      throw ApiException.invalid("selector '" + e.selector() + "' is invalid: " + e.reason());
    }
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }
}
