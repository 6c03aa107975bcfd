package io.mooring.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The answer to a {@link ManifestRequest}: per-source manifests, resolved revisions and warnings.
 */
public record RenderedManifests(List<SourceManifests> sources) {
  private static final Comparator<ObjectNode> STABLE_ORDER =
      Comparator.comparing((ObjectNode o) -> ResourceKey.of(o).group())
          .thenComparing(o -> ResourceKey.of(o).kind())
          .thenComparing(o -> ResourceKey.of(o).namespace())
          .thenComparing(o -> ResourceKey.of(o).name());

  public RenderedManifests {
    sources = List.copyOf(sources);
  }

  /** Every object of every source, in source order then render order. */
  public List<ObjectNode> manifests() {
    List<ObjectNode> all = new ArrayList<>();
    sources.forEach(s -> all.addAll(s.manifests()));
    return all;
  }

  /** Every source's warnings for the user, in source order, each prefixed with its source. */
  public List<String> warnings() {
    List<String> all = new ArrayList<>();
    for (SourceManifests source : sources) {
      source.warnings().forEach(w -> all.add("source " + source.index() + ": " + w));
    }
    return all;
  }

  /** Every object sorted by group, kind, namespace and name: a stable order for printing. */
  public List<ObjectNode> sortedManifests() {
    List<ObjectNode> all = manifests();
    all.sort(STABLE_ORDER);
    return all;
  }
}
