package io.mooring.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.source.git.ResolvedRevision;
import java.util.List;

/**
 * The manifests of one source of a request.
 *
 * @param index the source's position in the Application
 * @param revision what the source's revision resolved to
 * @param path the normalized source path
 * @param origin whether they were rendered now, cached, or reused from an earlier commit
 * @param manifests the objects, in render order
 * @param warnings what the user should know about how they were rendered (options ignored)
 */
public record SourceManifests(
    int index,
    ResolvedRevision revision,
    String path,
    RenderOrigin origin,
    List<ObjectNode> manifests,
    List<String> warnings) {
  public SourceManifests {
    warnings = List.copyOf(warnings);
  }
}
