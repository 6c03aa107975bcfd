package io.mooring.controller.views;

import io.mooring.controller.compare.Comparison;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.controller.ports.LiveState.LiveObject;
import io.mooring.controller.ports.LiveTree.LiveNode;
import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.ManifestSource.RenderFailure;
import io.mooring.engine.health.HealthResult;
import io.mooring.model.Application;
import io.mooring.source.git.CommitMetadata;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the controller knows about an Application, for readers such as the API server: its resource
 * tree (live objects and what they own, with health), its managed resources compared with Git, the
 * metadata of its commits, and its rendered manifests.
 */
public interface ApplicationViews {
  /** A node of an app's resource tree with its health (empty when no check applies). */
  record TreeNode(LiveNode node, Optional<HealthResult> health) {}

  /** The repository server the controller renders with. */
  ManifestSource manifests();

  /**
   * The app's live objects and their owned children, each with its health, from the cluster cache.
   *
   * @throws ClusterUnavailable when the destination is unknown or its cache is not synced
   */
  List<TreeNode> tree(Application app) throws ClusterUnavailable;

  /**
   * The app's resources compared as the controller compares them, under its project: rendered at
   * the spec's target revisions (the manifest cache answers for a known commit), live from the
   * cluster cache.
   *
   * @throws RenderFailure when the sources cannot be rendered or the app's project does not exist
   */
  Comparison managedResources(Application app) throws RenderFailure, ClusterUnavailable;

  /**
   * The app's orphaned resources (Argo CD's {@code orphanedNodes}), from the cluster cache: empty
   * when its project does not monitor them. The objects are the cache's: read only.
   */
  List<LiveObject> orphanedResources(Application app) throws ClusterUnavailable;

  /**
   * The metadata of the commit {@code revision} names in the Git repository {@code repoUrl}.
   *
   * @return empty when the repository has no such revision
   * @throws RenderFailure when the repository cannot be read
   */
  Optional<CommitMetadata> revisionMetadata(String repoUrl, String revision) throws RenderFailure;

  /** Calls {@code subscriber} with each app whose live resources changed; close to stop. */
  AutoCloseable onResourceChange(Consumer<String> subscriber);
}
