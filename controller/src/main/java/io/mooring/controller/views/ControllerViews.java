package io.mooring.controller.views;

import io.mooring.controller.compare.AppComparer;
import io.mooring.controller.compare.Comparison;
import io.mooring.controller.compare.LiveComparison;
import io.mooring.controller.ports.LiveState;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.controller.ports.LiveState.LiveObject;
import io.mooring.controller.ports.LiveTree;
import io.mooring.controller.ports.LiveTree.LiveNode;
import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.ManifestSource.RenderFailure;
import io.mooring.controller.ports.ProjectSource;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.controller.ports.RevisionMetadataSource;
import io.mooring.controller.project.OrphanFinder;
import io.mooring.controller.project.ProjectAdmission;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.source.git.CommitMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The controller's {@link ApplicationViews}: read through its own repository server and cluster
 * caches, so a process keeps one set of Git mirrors and one cache per cluster.
 */
public final class ControllerViews implements ApplicationViews {
  private final Parts parts;

  /**
   * What the views read from.
   *
   * @param manifests the controller's repository server
   * @param projects the AppProjects whose rules the comparison applies
   * @param live the destination clusters' live state
   * @param tree the destination clusters' ownership trees
   * @param comparer compares Git with live as the controller does
   * @param health assesses live objects (built-in and custom checks)
   * @param revisions commit metadata from the same repository server
   * @param orphans finds resources no app tracks in an app's destination namespace
   * @param changes live resource changes per app
   */
  public record Parts(
      ManifestSource manifests,
      ProjectSource projects,
      LiveState live,
      LiveTree tree,
      AppComparer comparer,
      HealthAssessor health,
      RevisionMetadataSource revisions,
      OrphanFinder orphans,
      ResourceChanges changes) {}

  public ControllerViews(Parts parts) {
    this.parts = parts;
  }

  /** The repository server the controller renders with. */
  @Override
  public ManifestSource manifests() {
    return parts.manifests();
  }

  /** The app's live objects and their owned children, each with its health (from the cache). */
  @Override
  public List<TreeNode> tree(Application app) throws ClusterUnavailable {
    List<TreeNode> nodes = new ArrayList<>();
    for (LiveNode node : parts.tree().tree(app)) {
      nodes.add(new TreeNode(node, parts.health().assess(node.object())));
    }
    return nodes;
  }

  /**
   * The app's resources compared as the controller compares them, under its project: rendered at
   * the spec's target revisions (the manifest cache answers for a known commit), live from the
   * cluster cache.
   */
  @Override
  public Comparison managedResources(Application app) throws RenderFailure, ClusterUnavailable {
    String projectName = ProjectAdmission.projectName(app);
    AppProject project =
        parts
            .projects()
            .get(projectName)
            .orElseThrow(
                () ->
                    new RenderFailure(
                        "application '"
                            + app.metadata.name
                            + "' references project '"
                            + projectName
                            + "' which does not exist",
                        null));
    RenderedApp rendered =
        parts
            .manifests()
            .render(ManifestSource.RenderRequest.ofSpec(app, ManifestSource.Refresh.NORMAL));
    return new LiveComparison(parts.live(), parts.comparer())
        .compare(app, project, rendered)
        .comparison();
  }

  /** The app's orphaned resources, from the cluster cache (empty when not monitored). */
  @Override
  public List<LiveObject> orphanedResources(Application app) throws ClusterUnavailable {
    return parts.orphans().find(app);
  }

  /**
   * The metadata of the commit {@code revision} names in the Git repository {@code repoUrl}.
   *
   * @return empty when the repository has no such revision
   */
  @Override
  public Optional<CommitMetadata> revisionMetadata(String repoUrl, String revision)
      throws RenderFailure {
    return parts.revisions().metadata(repoUrl, revision);
  }

  /** Calls {@code subscriber} with each app whose live resources changed; close to stop. */
  @Override
  public AutoCloseable onResourceChange(Consumer<String> subscriber) {
    return parts.changes().subscribe(subscriber);
  }
}
