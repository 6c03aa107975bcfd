package io.mooring.cli.client;

import io.mooring.model.SyncOperationResource;

/**
 * Parses argocd's {@code --resource} syntax: {@code GROUP:KIND:NAME} or {@code
 * GROUP:KIND:NAMESPACE/NAME}, the group empty for the core API ({@code :Service:web}).
 */
public final class ResourceSelectors {
  private ResourceSelectors() {}

  /**
   * The resource {@code text} names.
   *
   * @throws IllegalArgumentException naming the text and the expected form
   */
  public static SyncOperationResource parse(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
      throw invalid(text);
    }
    SyncOperationResource resource = new SyncOperationResource();
    resource.group = parts[0].trim();
    resource.kind = parts[1].trim();
    String name = parts[2].trim();
    int slash = name.indexOf('/');
    if (slash >= 0) {
      if (slash == 0 || slash == name.length() - 1 || name.indexOf('/', slash + 1) >= 0) {
        throw invalid(text);
      }
      resource.namespace = name.substring(0, slash);
      name = name.substring(slash + 1);
    }
    resource.name = name;
    return resource;
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException(
        "--resource '"
            + text
            + "': expected GROUP:KIND:NAME or GROUP:KIND:NAMESPACE/NAME (the group empty for"
            + " core kinds, e.g. :Service:web or apps:Deployment:shop/web)");
  }
}
