package io.mooring.controller.metrics;

import io.mooring.model.Application;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label values Argo CD's controller metrics give an Application, read from the Application
 * alone. Repository URLs lose their credentials: a label is seen by whoever can scrape. Pure.
 */
public final class MetricLabels {
  private static final Pattern USERINFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^/@]*)@");

  private MetricLabels() {}

  /**
   * {@code url} without its user info ({@code https://user:token@host/x.git} becomes {@code
   * https://host/x.git}); an SSH login name without a password ({@code ssh://git@host/x}, {@code
   * git@host:x}) is kept, as it is no secret.
   */
  public static String repo(String url) {
    if (url == null) {
      return "";
    }
    Matcher matcher = USERINFO.matcher(url);
    if (!matcher.find()) {
      return url;
    }
    boolean sshLogin =
        matcher.group(1).equalsIgnoreCase("ssh://") && matcher.group(2).indexOf(':') < 0;
    return sshLogin ? url : matcher.group(1) + url.substring(matcher.end());
  }

  /** The repository of the first source, without credentials. */
  public static String repo(Application app) {
    if (app.spec == null) {
      return "";
    }
    if (app.spec.source != null) {
      return repo(app.spec.source.repoURL);
    }
    if (app.spec.sources != null && !app.spec.sources.isEmpty()) {
      return repo(app.spec.sources.get(0).repoURL);
    }
    return "";
  }

  /** The namespace the Application object lives in. */
  public static String namespace(Application app) {
    return orEmpty(app.metadata == null ? null : app.metadata.namespace);
  }

  /** The Application's name. */
  public static String name(Application app) {
    return orEmpty(app.metadata == null ? null : app.metadata.name);
  }

  /** Its project ({@code default} when unset, as Argo CD reads it). */
  public static String project(Application app) {
    String project = app.spec == null ? null : app.spec.project;
    return project == null || project.isBlank() ? "default" : project;
  }

  /** The destination server as the spec gives it (empty when the destination is by name). */
  public static String destServer(Application app) {
    return app.spec == null || app.spec.destination == null
        ? ""
        : orEmpty(app.spec.destination.server);
  }

  /** The destination namespace. */
  public static String destNamespace(Application app) {
    return app.spec == null || app.spec.destination == null
        ? ""
        : orEmpty(app.spec.destination.namespace);
  }

  /** Synced, OutOfSync or Unknown (Unknown before the first comparison). */
  public static String syncStatus(Application app) {
    return app.status == null || app.status.sync == null || app.status.sync.status == null
        ? "Unknown"
        : app.status.sync.status;
  }

  /** The health status (Unknown before the first comparison). */
  public static String healthStatus(Application app) {
    return app.status == null || app.status.health == null || app.status.health.status == null
        ? "Unknown"
        : app.status.health.status;
  }

  /** {@code delete} while being deleted, {@code sync} while a sync is requested, else empty. */
  public static String operation(Application app) {
    if (app.metadata != null && app.metadata.deletionTimestamp != null) {
      return "delete";
    }
    return app.operation != null && app.operation.sync != null ? "sync" : "";
  }

  /** Whether automated sync is on. */
  public static String autosyncEnabled(Application app) {
    boolean on =
        app.spec != null
            && app.spec.syncPolicy != null
            && app.spec.syncPolicy.automated != null
            && !Boolean.FALSE.equals(app.spec.syncPolicy.automated.enabled);
    return Boolean.toString(on);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
