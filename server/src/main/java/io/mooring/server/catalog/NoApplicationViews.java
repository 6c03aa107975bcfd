package io.mooring.server.catalog;

import io.mooring.controller.compare.Comparison;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.controller.ports.LiveState.LiveObject;
import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.ManifestSource.RenderFailure;
import io.mooring.controller.views.ApplicationViews;
import io.mooring.model.Application;
import io.mooring.source.git.CommitMetadata;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The views of a server started without a controller (in-memory fixtures, benchmarks): every
 * question that needs the repository server or a cluster cache answers that it is unavailable.
 */
public final class NoApplicationViews implements ApplicationViews {
  private static final String NO_REPOSITORY_SERVER =
      "this server was started without a repository server: manifests cannot be rendered";
  private static final String NO_CLUSTER =
      "this server was started without a controller: live resources cannot be read";

  @Override
  public ManifestSource manifests() {
    return request -> {
      throw new RenderFailure(NO_REPOSITORY_SERVER, null);
    };
  }

  @Override
  public List<TreeNode> tree(Application app) throws ClusterUnavailable {
    throw new ClusterUnavailable(NO_CLUSTER, null);
  }

  @Override
  public Comparison managedResources(Application app) throws ClusterUnavailable {
    throw new ClusterUnavailable(NO_CLUSTER, null);
  }

  @Override
  public List<LiveObject> orphanedResources(Application app) throws ClusterUnavailable {
    throw new ClusterUnavailable(NO_CLUSTER, null);
  }

  @Override
  public Optional<CommitMetadata> revisionMetadata(String repoUrl, String revision)
      throws RenderFailure {
    throw new RenderFailure(NO_REPOSITORY_SERVER, null);
  }

  @Override
  public AutoCloseable onResourceChange(Consumer<String> subscriber) {
    return () -> {};
  }
}
