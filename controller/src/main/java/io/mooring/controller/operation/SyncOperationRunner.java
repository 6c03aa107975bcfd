package io.mooring.controller.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.compare.AppComparer;
import io.mooring.controller.compare.LiveComparison;
import io.mooring.controller.compare.ResourceComparison;
import io.mooring.controller.compare.SharedResource;
import io.mooring.controller.history.HistoryBook;
import io.mooring.controller.ports.ApplicationStore;
import io.mooring.controller.ports.ApplicationStore.StaleApplication;
import io.mooring.controller.ports.ClusterWriter;
import io.mooring.controller.ports.ClusterWriter.WriteFailure;
import io.mooring.controller.ports.LiveState;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.controller.ports.ManifestSource;
import io.mooring.controller.ports.ManifestSource.RenderFailure;
import io.mooring.controller.ports.ProjectSource;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.controller.project.ProjectAdmission;
import io.mooring.controller.project.ResourcePermits;
import io.mooring.controller.runtime.OperationRunner;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.engine.sync.ExecutionMode;
import io.mooring.engine.sync.HookDeletion;
import io.mooring.engine.sync.LiveResource;
import io.mooring.engine.sync.LiveView;
import io.mooring.engine.sync.SyncOption;
import io.mooring.engine.sync.SyncOptionSet;
import io.mooring.engine.sync.SyncPlan;
import io.mooring.engine.sync.SyncPlanException;
import io.mooring.engine.sync.SyncPlanner;
import io.mooring.engine.sync.SyncRequest;
import io.mooring.engine.sync.SyncState;
import io.mooring.engine.sync.SyncStep;
import io.mooring.engine.sync.SyncStepper;
import io.mooring.engine.sync.SyncTask;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ManagedNamespaceMetadata;
import io.mooring.model.ModelCodec;
import io.mooring.model.OperationState;
import io.mooring.model.RevisionHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes an Application's sync operation step by step. Every step checks the app against its
 * project, re-renders at the operation's revision, re-reads the live state, re-plans, and asks the
 * engine's {@link SyncStepper} what to do; the state is persisted in status.operationState before
 * and after tasks run, so a restarted controller resumes without repeating hooks and without losing
 * an outcome. The project's refusals ({@link OperationChecks}) end an operation before anything of
 * it is applied.
 */
public final class SyncOperationRunner implements OperationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(SyncOperationRunner.class);
  private static final Duration WAVE_POLL = Duration.ofSeconds(1);
  private static final int MAX_ROUNDS_PER_STEP = 50;

  private final ApplicationStore store;
  private final ManifestSource source;
  private final ProjectSource projects;
  private final LiveState live;
  private final ClusterWriter writer;
  private final LiveComparison comparison;
  private final HealthAssessor health;
  private final AuditTrail audit;
  private final Clock clock;
  private final OutcomeWriter outcomes;

  /** The collaborators of the operation runner, wired once in the program's wiring class. */
  public record Collaborators(
      ApplicationStore store,
      ManifestSource source,
      ProjectSource projects,
      LiveState live,
      ClusterWriter writer,
      AppComparer comparer,
      HealthAssessor health,
      AuditTrail audit,
      Clock clock) {}

  public SyncOperationRunner(Collaborators collaborators) {
    this.store = collaborators.store();
    this.source = collaborators.source();
    this.projects = collaborators.projects();
    this.live = collaborators.live();
    this.writer = collaborators.writer();
    this.comparison = new LiveComparison(live, collaborators.comparer());
    this.health = collaborators.health();
    this.audit = collaborators.audit();
    this.clock = collaborators.clock();
    this.outcomes = new OutcomeWriter(store);
  }

  @Override
  public StepOutcome step(String name) {
    Optional<Application> found = store.get(name);
    if (found.isEmpty()) {
      return new StepOutcome.Finished();
    }
    Application app = found.get();
    if (!OperationLifecycle.hasWork(app)) {
      return new StepOutcome.Finished();
    }
    try {
      if (OperationLifecycle.needsStart(app)) {
        app = start(app);
      }
      return advance(app);
    } catch (StaleApplication e) {
      return new StepOutcome.Continue(Duration.ZERO);
    }
  }

  private Application start(Application app) throws StaleApplication {
    Instant now = clock.instant();
    OperationState state = new OperationState();
    state.operation = ModelCodec.copy(app.operation);
    state.phase = "Running";
    state.message = "starting";
    state.startedAt = now.toString();
    state.retryCount =
        app.status != null
                && app.status.operationState != null
                && OperationLifecycle.sameOperation(app.status.operationState, app.operation)
            ? app.status.operationState.retryCount
            : null;
    OperationLifecycle.status(app).operationState = state;
    Application started = store.update(app);
    audit.operationStarted(started);
    return started;
  }

  /** Why the project's sync windows keep an operation that has applied nothing from running. */
  private Optional<String> windowBlock(Application app) {
    return projects
        .get(ProjectAdmission.projectName(app))
        .flatMap(project -> OperationChecks.window(app, project, clock.instant()));
  }

  /** CreateNamespace=true: the destination namespace (with managedNamespaceMetadata) first. */
  private void createNamespaceIfAsked(Application app) {
    SyncOptionSet options =
        SyncOptionSet.of(
            app.spec.syncPolicy == null || app.spec.syncPolicy.syncOptions == null
                ? List.of()
                : app.spec.syncPolicy.syncOptions);
    String namespace = app.spec.destination.namespace;
    if (!options.isTrue(SyncOption.CreateNamespace) || namespace == null || namespace.isBlank()) {
      return;
    }
    ManagedNamespaceMetadata metadata = app.spec.syncPolicy.managedNamespaceMetadata;
    try {
      writer.ensureNamespace(
          app,
          namespace,
          metadata == null || metadata.labels == null ? Map.of() : metadata.labels,
          metadata == null || metadata.annotations == null ? Map.of() : metadata.annotations);
    } catch (WriteFailure e) {
      LOG.warn(
          "[{}] could not create namespace {}: {}", app.metadata.name, namespace, e.getMessage());
    }
  }

  private StepOutcome advance(Application app) throws StaleApplication {
    OperationState state = app.status.operationState;
    if (app.operation == null && "Running".equals(state.phase)) {
      // terminate requested: the operation field was removed while running
      state.phase = "Terminating";
    }
    for (int round = 0; round < MAX_ROUNDS_PER_STEP; round++) {
      boolean untouched = untouched(state);
      if (untouched) {
        Optional<String> blocked = windowBlock(app);
        if (blocked.isPresent()) {
          // no revision recorded: automation tries again once the window lets it
          return finish(
              app, OperationChecks.failed(OperationStates.read(state), blocked.get()), null);
        }
      }
      SyncAttempt attempt;
      try {
        attempt = prepare(app, state);
      } catch (RenderFailure | ClusterUnavailable | SyncPlanException | ProjectRefusal e) {
        return finish(app, OperationStates.read(state).error(e.getMessage()), null);
      }
      Optional<SyncState> refused = refusal(app, state, attempt);
      if (refused.isPresent()) {
        return finish(app, refused.get(), attempt.rendered());
      }
      if (untouched) {
        createNamespaceIfAsked(app);
      }
      SyncStep step = SyncStepper.next(attempt.plan(), OperationStates.read(state), attempt.view());
      deleteHooks(app, step);
      if (step instanceof SyncStep.Finished finished) {
        return finish(app, finished.state(), attempt.rendered());
      }
      OperationStates.write(stateOf(step), state);
      app = store.update(app);
      state = app.status.operationState;
      if (step instanceof SyncStep.Wait wait) {
        LOG.debug("[{}] waiting: {}", app.metadata.name, wait.reason());
        return new StepOutcome.Continue(WAVE_POLL);
      }
      SyncStep.Execute execute = (SyncStep.Execute) step;
      app = outcomes.save(app, run(app, execute));
      state = app.status.operationState;
    }
    return new StepOutcome.Continue(Duration.ZERO);
  }

  private SyncAttempt prepare(Application app, OperationState state)
      throws RenderFailure, ClusterUnavailable, SyncPlanException, ProjectRefusal {
    ApplicationDestination destination = live.resolvedDestination(app);
    ProjectAdmission.Verdict verdict =
        ProjectAdmission.judge(app, projects.get(ProjectAdmission.projectName(app)), destination);
    if (verdict instanceof ProjectAdmission.Verdict.Refused refused) {
      throw new ProjectRefusal(refused.message());
    }
    AppProject project = ((ProjectAdmission.Verdict.Admitted) verdict).project();
    RenderedApp rendered =
        source.render(ManifestSource.RenderRequest.ofOperation(app, state.operation.sync));
    LiveComparison.Result compared = comparison.compare(app, project, rendered);
    List<ObjectNode> desired =
        compared.comparison().resources().stream()
            .filter(r -> r.desired() != null)
            .map(ResourceComparison::desired)
            .toList();
    Set<ResourceKey> outOfSync = new HashSet<>();
    for (ResourceComparison resource : compared.comparison().resources()) {
      if (resource.comparedStatus().equals("OutOfSync")) {
        outOfSync.add(resource.key());
      }
    }
    SyncPlan plan =
        SyncPlanner.plan(
            new SyncRequest(
                desired,
                compared.live(),
                outOfSync,
                OperationOptionsFactory.of(app, state, rendered.revision())));
    return new SyncAttempt(
        plan,
        view(compared.live()),
        rendered,
        task ->
            ResourcePermits.denial(
                project, destination, task.key(), live.isNamespaced(app, task.key().groupKind())),
        compared.shared());
  }

  /**
   * A running operation that has applied nothing yet (no resource result): the start-only checks
   * (sync windows, shared resources) apply to it, however many steps it took to get there (a write
   * that raced, a restart).
   */
  private static boolean untouched(OperationState state) {
    return "Running".equals(state.phase) && OperationStates.read(state).resources().isEmpty();
  }

  /**
   * How the project refuses this step, if it does: shared resources under FailOnSharedResource
   * before anything is applied, tasks for resources it does not permit at any step.
   */
  private static Optional<SyncState> refusal(
      Application app, OperationState state, SyncAttempt attempt) {
    SyncState current = OperationStates.read(state);
    if (current.phase().isCompleted() || "Terminating".equals(state.phase)) {
      return Optional.empty();
    }
    if (untouched(state)) {
      Optional<String> shared = OperationChecks.sharedResources(app, state, attempt.shared());
      if (shared.isPresent()) {
        return Optional.of(OperationChecks.failed(current, shared.get()));
      }
    }
    return OperationChecks.invalidTasks(attempt.plan(), attempt.denial(), current);
  }

  private LiveView view(Map<ResourceKey, ObjectNode> liveObjects) {
    Map<ResourceKey, LiveResource> resources = new HashMap<>();
    liveObjects.forEach(
        (key, object) -> {
          boolean deleting = object.path("metadata").has("deletionTimestamp");
          resources.put(
              key,
              health
                  .assess(object)
                  .map(
                      h ->
                          deleting
                              ? LiveResource.beingDeleted()
                              : LiveResource.withHealth(h.status().name(), h.message()))
                  .orElse(deleting ? LiveResource.beingDeleted() : LiveResource.present()));
        });
    return LiveView.of(resources);
  }

  private SyncState run(Application app, SyncStep.Execute execute) {
    SyncState state = execute.state();
    boolean dryRun = execute.mode() == ExecutionMode.DRY_RUN;
    for (SyncTask task : execute.tasks()) {
      try {
        String outcome = TaskExecution.run(writer, app, task, dryRun);
        state = state.recordSucceeded(task, outcome);
        if (!dryRun && !ClusterWriter.UNCHANGED.equals(outcome)) {
          audit.resourceChanged(app, task, outcome);
        }
      } catch (WriteFailure e) {
        state = state.recordFailed(task, e.getMessage());
      }
    }
    return state;
  }

  private void deleteHooks(Application app, SyncStep step) {
    List<HookDeletion> deletions =
        step instanceof SyncStep.Execute e
            ? e.deletions()
            : step instanceof SyncStep.Wait w
                ? w.deletions()
                : ((SyncStep.Finished) step).deletions();
    for (HookDeletion deletion : deletions) {
      try {
        writer.delete(app, deletion.hook().key(), "background");
      } catch (WriteFailure e) {
        LOG.warn(
            "[{}] could not delete hook {}: {}",
            app.metadata.name,
            deletion.hook().key(),
            e.getMessage());
      }
    }
  }

  private StepOutcome finish(Application app, SyncState result, RenderedApp rendered)
      throws StaleApplication {
    Instant now = clock.instant();
    OperationState state = app.status.operationState;
    OperationStates.write(result, state);
    state.finishedAt = now.toString();
    if (rendered != null) {
      state.syncResult.revision = rendered.revision();
      state.syncResult.revisions = rendered.revisions().size() > 1 ? rendered.revisions() : null;
      SyncedSources synced = SyncedSources.of(app, state.operation.sync);
      state.syncResult.source = synced.source();
      state.syncResult.sources = synced.sources();
    }
    boolean dryRun =
        state.operation.sync != null && Boolean.TRUE.equals(state.operation.sync.dryRun);
    if ("Succeeded".equals(state.phase) && !dryRun && rendered != null) {
      RevisionHistory entry = new RevisionHistory();
      entry.revision = rendered.revision();
      entry.revisions = state.syncResult.revisions;
      entry.source = state.syncResult.source;
      entry.sources = state.syncResult.sources;
      entry.deployStartedAt = state.startedAt;
      entry.deployedAt = now.toString();
      entry.initiatedBy = state.operation.initiatedBy;
      app.status.history =
          HistoryBook.append(app.status.history, entry, app.spec.revisionHistoryLimit);
    }
    app.operation = null;
    store.update(app);
    audit.operationFinished(app, state);
    LOG.info("[{}] sync {}: {}", app.metadata.name, state.phase, state.message);
    return new StepOutcome.Finished();
  }

  private static SyncState stateOf(SyncStep step) {
    return step instanceof SyncStep.Execute e ? e.state() : ((SyncStep.Wait) step).state();
  }

  private record SyncAttempt(
      SyncPlan plan,
      LiveView view,
      RenderedApp rendered,
      Function<SyncTask, Optional<String>> denial,
      List<SharedResource> shared) {}

  /** The app's project is missing or does not permit it: the operation ends with Error. */
  private static final class ProjectRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    ProjectRefusal(String message) {
      super(message);
    }
  }
}
