package io.mooring.controller.compare;

import io.mooring.engine.resource.ResourceKey;

/**
 * A rendered resource whose live object is tracked to another Application.
 *
 * @param key the resource
 * @param app the Application that renders it
 * @param otherApp the Application its tracking label or annotation names
 */
public record SharedResource(ResourceKey key, String app, String otherApp) {
  /** Argo CD's sentence for it, e.g. {@code ConfigMap/settings is part of applications a and b}. */
  public String message() {
    return key.kind() + "/" + key.name() + " is part of applications " + app + " and " + otherApp;
  }
}
