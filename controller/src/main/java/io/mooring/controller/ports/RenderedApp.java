package io.mooring.controller.ports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The manifests rendered for an Application.
 *
 * @param revisions the resolved commit (or chart version) of each source, in source order
 * @param objects the rendered objects, in a stable order
 */
public record RenderedApp(List<String> revisions, List<ObjectNode> objects) {
  /** The revision of the first (or only) source. */
  public String revision() {
    return revisions.isEmpty() ? "" : revisions.get(0);
  }
}
