package io.mooring.controller.reconcile;

import io.mooring.controller.automation.AutoSyncDecision;
import io.mooring.controller.automation.AutoSyncFacts;
import io.mooring.controller.automation.AutoSyncPolicy;
import io.mooring.controller.compare.AppComparer;
import io.mooring.controller.compare.Comparison;
import io.mooring.controller.compare.LiveComparison;
import io.mooring.controller.compare.ResourceComparison;
import io.mooring.controller.compare.StatusProjection;
import io.mooring.controller.ports.ApplicationStore;
import io.mooring.controller.ports.ApplicationStore.StaleApplication;
import io.mooring.controller.ports.ClusterWriter;
import io.mooring.controller.ports.LiveState;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.ManifestSource.RenderFailure;
import io.mooring.controller.ports.ProjectSource;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.controller.project.OrphanFinder;
import io.mooring.controller.project.OrphanedResources;
import io.mooring.controller.project.ProjectAdmission;
import io.mooring.controller.status.Conditions;
import io.mooring.controller.status.ResourceWarnings;
import io.mooring.engine.resource.Annotations;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ApplicationCondition;
import io.mooring.model.ApplicationStatus;
import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import io.mooring.model.Operation;
import io.mooring.model.OperationInitiator;
import io.mooring.model.SyncOperation;
import io.mooring.model.SyncStatus;
import io.mooring.model.validation.ManifestValidator;
import io.mooring.model.validation.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles one Application: validate → admit under its project → render → read live state →
 * compare → write status (only when it changed) → decide automated sync, held back while the
 * project's sync windows block it. A spec or project refusal (InvalidSpecError) or a failure to
 * render or to read the cluster (ComparisonError) keeps the last known resources, marks sync
 * Unknown, and never leads to a sync. A comparison also raises SharedResourceWarning and
 * OrphanedResourceWarning conditions.
 */
public final class AppReconciler {
  private static final Logger LOG = LoggerFactory.getLogger(AppReconciler.class);
  private static final Set<String> COMPARISON_CONDITIONS =
      Set.of(Conditions.COMPARISON_ERROR, Conditions.INVALID_SPEC_ERROR);

  private final ApplicationStore store;
  private final ManifestSource source;
  private final ProjectSource projects;
  private final LiveState live;
  private final LiveComparison comparison;
  private final OrphanFinder orphans;
  private final AutoSyncPolicy autoSync;
  private final SyncWindowGate windows = new SyncWindowGate();
  private final Clock clock;
  private final AppDeletion deletion;
  private final Map<String, SelfHealRecord> selfHeals = new ConcurrentHashMap<>();

  /** The collaborators of a reconcile, wired once in the program's wiring class. */
  public record Collaborators(
      ApplicationStore store,
      ManifestSource source,
      ProjectSource projects,
      LiveState live,
      AppComparer comparer,
      AutoSyncPolicy autoSync,
      ClusterWriter writer,
      Clock clock) {}

  public AppReconciler(Collaborators collaborators) {
    this.store = collaborators.store();
    this.source = collaborators.source();
    this.projects = collaborators.projects();
    this.live = collaborators.live();
    this.comparison = new LiveComparison(live, collaborators.comparer());
    this.orphans = new OrphanFinder(live, store, projects);
    this.autoSync = collaborators.autoSync();
    this.clock = collaborators.clock();
    this.deletion = new AppDeletion(store, projects, live, collaborators.writer());
  }

  /** Reconciles the Application named {@code name}. */
  public ReconcileOutcome reconcile(String name, ManifestSource.Refresh refresh) {
    Optional<Application> found = store.get(name);
    if (found.isEmpty()) {
      selfHeals.remove(name);
      windows.forget(name);
      return new ReconcileOutcome.Gone();
    }
    Application app = found.get();
    if (AppDeletion.isBeingDeleted(app)) {
      return deletion.continueDeletion(app);
    }
    String refreshAnnotation = refreshAnnotation(app);
    if ("hard".equals(refreshAnnotation)) {
      refresh = ManifestSource.Refresh.HARD;
    }
    try {
      return reconcile(app, refresh);
    } finally {
      if (refreshAnnotation != null) {
        clearRefreshAnnotation(name);
      }
    }
  }

  private ReconcileOutcome reconcile(Application app, ManifestSource.Refresh refresh) {
    String name = app.metadata.name;
    ApplicationStatus before =
        ModelCodec.copy(app.status == null ? new ApplicationStatus() : app.status);
    Instant now = clock.instant();

    List<Problem> specProblems =
        ManifestValidator.validate(new ModelDocument(name, 0, ModelCodec.toTree(app)));
    if (!specProblems.isEmpty()) {
      return fail(app, before, Conditions.INVALID_SPEC_ERROR, describe(specProblems), now);
    }
    ProjectAdmission.Verdict verdict =
        ProjectAdmission.judge(
            app, projects.get(ProjectAdmission.projectName(app)), live.resolvedDestination(app));
    if (verdict instanceof ProjectAdmission.Verdict.Refused refused) {
      return fail(app, before, Conditions.INVALID_SPEC_ERROR, refused.message(), now);
    }
    AppProject project = ((ProjectAdmission.Verdict.Admitted) verdict).project();
    RenderedApp rendered;
    LiveComparison.Result compared;
    List<ApplicationCondition> warnings;
    try {
      rendered = source.render(ManifestSource.RenderRequest.ofSpec(app, refresh));
      compared = comparison.compare(app, project, rendered);
      warnings = warnings(app, project, compared);
    } catch (RenderFailure | ClusterUnavailable e) {
      return fail(app, before, Conditions.COMPARISON_ERROR, e.getMessage(), now);
    }

    StatusProjection.apply(app, compared.comparison(), now);
    app.status.conditions =
        Conditions.replace(app.status.conditions, COMPARISON_CONDITIONS, List.of(), now);
    app.status.conditions =
        Conditions.replace(app.status.conditions, ResourceWarnings.TYPES, warnings, now);
    AutoSyncDecision decision = decideAutoSync(app, compared.comparison(), rendered, now);
    if (decision instanceof AutoSyncDecision.Skip skip && skip.failure()) {
      app.status.conditions =
          Conditions.replace(
              app.status.conditions,
              Set.of(Conditions.SYNC_ERROR),
              List.of(Conditions.of(Conditions.SYNC_ERROR, skip.reason())),
              now);
    }
    writeStatusIfChanged(app, before);
    if (decision instanceof AutoSyncDecision.Sync) {
      Optional<ReconcileOutcome> held = windows.hold(app, project, now);
      if (held.isPresent()) {
        return held.get();
      }
    }
    return act(app, decision, now);
  }

  /** SharedResourceWarning and OrphanedResourceWarning conditions for a comparison. */
  private List<ApplicationCondition> warnings(
      Application app, AppProject project, LiveComparison.Result compared)
      throws ClusterUnavailable {
    Set<ResourceKey> managed =
        compared.comparison().resources().stream()
            .map(ResourceComparison::key)
            .collect(Collectors.toSet());
    int orphanCount = orphans.find(app, project, managed).size();
    return ResourceWarnings.of(
        compared.shared(),
        orphanCount,
        OrphanedResources.warns(project)
            ? ResourceWarnings.OrphanWarning.WARN
            : ResourceWarnings.OrphanWarning.SILENT);
  }

  private AutoSyncDecision decideAutoSync(
      Application app, Comparison comparison, RenderedApp rendered, Instant now) {
    SelfHealRecord heal = selfHeals.getOrDefault(app.metadata.name, SelfHealRecord.NONE);
    if (!heal.revision().equals(rendered.revision())) {
      heal = SelfHealRecord.NONE;
    }
    return autoSync.decide(
        new AutoSyncFacts(
            app,
            comparison.syncStatus(),
            rendered.revision(),
            comparison.onlyPruningNeeded(),
            comparison.wouldPruneEverything(),
            heal.attempts(),
            heal.lastAt(),
            now));
  }

  private ReconcileOutcome act(Application app, AutoSyncDecision decision, Instant now) {
    if (decision instanceof AutoSyncDecision.Sync sync) {
      return requestAutomatedSync(app, sync, now);
    }
    if (decision instanceof AutoSyncDecision.Later later) {
      return new ReconcileOutcome.RequeueAfter(later.after());
    }
    LOG.debug(
        "[{}] no automated sync: {}",
        app.metadata.name,
        ((AutoSyncDecision.Skip) decision).reason());
    return new ReconcileOutcome.Done();
  }

  private ReconcileOutcome requestAutomatedSync(
      Application app, AutoSyncDecision.Sync sync, Instant now) {
    Application fresh = store.get(app.metadata.name).orElse(null);
    if (fresh == null || fresh.operation != null) {
      return new ReconcileOutcome.Done();
    }
    Operation operation = new Operation();
    operation.sync = new SyncOperation();
    operation.sync.revision = sync.revision();
    operation.sync.prune = sync.prune() ? Boolean.TRUE : null;
    operation.sync.syncOptions = fresh.spec.syncPolicy.syncOptions;
    operation.initiatedBy = new OperationInitiator();
    operation.initiatedBy.automated = true;
    operation.retry = fresh.spec.syncPolicy.retry;
    fresh.operation = operation;
    try {
      store.update(fresh);
    } catch (StaleApplication e) {
      return new ReconcileOutcome.RequeueAfter(java.time.Duration.ZERO);
    }
    if (sync.selfHeal()) {
      selfHeals.compute(
          app.metadata.name,
          (k, old) ->
              new SelfHealRecord(
                  sync.revision(),
                  old == null || !old.revision().equals(sync.revision()) ? 1 : old.attempts() + 1,
                  now));
    }
    LOG.info(
        "[{}] automated sync to {}{}",
        app.metadata.name,
        sync.revision(),
        sync.selfHeal() ? " (self-heal)" : "");
    return new ReconcileOutcome.OperationRequested();
  }

  private ReconcileOutcome fail(
      Application app, ApplicationStatus before, String type, String message, Instant now) {
    LOG.warn("[{}] {}: {}", app.metadata.name, type, message);
    ApplicationStatus status = app.status == null ? new ApplicationStatus() : app.status;
    app.status = status;
    if (status.sync == null) {
      status.sync = new SyncStatus();
    }
    status.sync.status = "Unknown";
    status.conditions =
        Conditions.replace(
            status.conditions, COMPARISON_CONDITIONS, List.of(Conditions.of(type, message)), now);
    status.reconciledAt = now.toString();
    writeStatusIfChanged(app, before);
    return new ReconcileOutcome.Done();
  }

  private void writeStatusIfChanged(Application app, ApplicationStatus before) {
    if (!StatusChange.changed(before, app.status)) {
      return;
    }
    try {
      store.updateStatus(app);
    } catch (StaleApplication e) {
      LOG.debug(
          "[{}] status write raced with another change; the next reconcile retries",
          app.metadata.name);
    }
  }

  private static String refreshAnnotation(Application app) {
    return app.metadata.annotations == null
        ? null
        : app.metadata.annotations.get(Annotations.REFRESH);
  }

  /** The refresh annotation asks for one refresh: remove it once done, as Argo CD does. */
  private void clearRefreshAnnotation(String name) {
    store
        .get(name)
        .filter(fresh -> refreshAnnotation(fresh) != null)
        .ifPresent(
            fresh -> {
              fresh.metadata.annotations.remove(Annotations.REFRESH);
              try {
                store.update(fresh);
              } catch (StaleApplication e) {
                LOG.debug("[{}] refresh annotation not cleared: {}", name, e.getMessage());
              }
            });
  }

  private static String describe(List<Problem> problems) {
    StringBuilder message = new StringBuilder();
    for (Problem problem : problems) {
      if (message.length() > 0) {
        message.append("; ");
      }
      message
          .append(problem.path().isEmpty() ? "" : problem.path() + ": ")
          .append(problem.message());
    }
    return message.toString();
  }

  private record SelfHealRecord(String revision, int attempts, Instant lastAt) {
    static final SelfHealRecord NONE = new SelfHealRecord("", 0, null);
  }
}
