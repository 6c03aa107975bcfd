package io.mooring.engine.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mooring.engine.resource.ResourceKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays the controller against an in-memory cluster, following the protocol of package-info: next,
 * deletions, persist, execute, record, persist. The state is persisted as JSON and read back at
 * every step, as it would be from Application.status.operationState.
 */
final class SimulatedController implements LiveView {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SyncPlan plan;
  private final Map<ResourceKey, LiveResource> cluster = new HashMap<>();
  private final Map<ResourceKey, String> applyFailures = new HashMap<>();
  private final List<String> actions = new ArrayList<>();
  private boolean slowDeletes;
  private String persisted;

  SimulatedController(SyncPlan plan) {
    this.plan = plan;
    this.persisted = write(SyncState.start());
  }

  /** A controller resuming {@code plan} from a persisted JSON state against another's cluster. */
  SimulatedController restartedFrom(String persistedJson) {
    SimulatedController restarted = new SimulatedController(plan);
    restarted.cluster.putAll(cluster);
    restarted.persisted = persistedJson;
    return restarted;
  }

  @Override
  public Optional<LiveResource> find(ResourceKey key) {
    return Optional.ofNullable(cluster.get(key));
  }

  /** One full round: decide, delete, persist, execute, record, persist. */
  SyncStep step() {
    SyncStep step = decide();
    if (step instanceof SyncStep.Execute execute) {
      SyncState state = execute.state();
      for (SyncTask task : execute.tasks()) {
        state = run(task, execute.mode(), state);
      }
      persisted = write(state);
    }
    return step;
  }

  /** A round where the controller dies after running the tasks, before recording outcomes. */
  SyncStep stepDyingBeforeRecording() {
    SyncStep step = decide();
    if (step instanceof SyncStep.Execute execute) {
      for (SyncTask task : execute.tasks()) {
        run(task, execute.mode(), execute.state());
      }
    }
    return step;
  }

  /** A round where the controller dies after persisting the step, before running its tasks. */
  SyncStep stepDyingBeforeExecuting() {
    return decide();
  }

  /** The next step as a fresh call would see it, without acting on it. */
  SyncStep peek() {
    return SyncStepper.next(plan, read(persisted), this);
  }

  /** Steps until the sync waits or finishes; returns that step. */
  SyncStep runUntilSettled() {
    for (int i = 0; i < 50; i++) {
      SyncStep step = step();
      if (!(step instanceof SyncStep.Execute)) {
        return step;
      }
    }
    throw new AssertionError("sync did not settle in 50 steps: " + actions);
  }

  private SyncStep decide() {
    SyncStep step = SyncStepper.next(plan, read(persisted), this);
    for (HookDeletion deletion : step.deletions()) {
      actions.add("delete " + name(deletion.hook().key()) + " (" + deletion.reason() + ")");
      if (slowDeletes) {
        cluster.put(deletion.hook().key(), LiveResource.beingDeleted());
      } else {
        cluster.remove(deletion.hook().key());
      }
    }
    persisted = write(step.state());
    return step;
  }

  private SyncState run(SyncTask task, ExecutionMode mode, SyncState state) {
    String verb =
        mode == ExecutionMode.DRY_RUN
            ? "dry-run"
            : switch (task.action()) {
              case APPLY -> "apply";
              case CREATE_HOOK -> "create";
              case PRUNE -> "prune";
            };
    actions.add(verb + " " + name(task.key()));
    String failure = applyFailures.get(task.key());
    if (failure != null) {
      return state.recordFailed(task, failure);
    }
    if (mode == ExecutionMode.APPLY) {
      if (task.isPrune() && slowDeletes) {
        cluster.put(task.key(), LiveResource.beingDeleted());
      } else if (task.isPrune()) {
        cluster.remove(task.key());
      } else {
        cluster.putIfAbsent(task.key(), healthAfterCreation(task.key()));
      }
    }
    String message = task.isPrune() ? "pruned" : name(task.key()) + " configured";
    return state.recordSucceeded(task, message);
  }

  private static LiveResource healthAfterCreation(ResourceKey key) {
    return switch (key.kind()) {
      case "Job", "Deployment", "Pod" -> LiveResource.withHealth("Progressing", "starting");
      default -> LiveResource.present();
    };
  }

  /** Sets the health the cluster reports for {@code key}. */
  void setHealth(ResourceKey key, String health, String message) {
    cluster.put(key, LiveResource.withHealth(health, message));
  }

  /** Puts an object in the cluster before the sync (a leftover hook, say). */
  void exists(ResourceKey key, LiveResource resource) {
    cluster.put(key, resource);
  }

  /** Makes applying {@code key} fail with {@code message}. */
  void failApplyOf(ResourceKey key, String message) {
    applyFailures.put(key, message);
  }

  /** Deleted objects linger with a deletion timestamp until {@link #finishDeletions()}. */
  void deleteSlowly() {
    slowDeletes = true;
  }

  /** Removes every object that is being deleted. */
  void finishDeletions() {
    cluster.values().removeIf(LiveResource::deleting);
  }

  /** A user asks to terminate the operation. */
  void terminate() {
    persisted = write(read(persisted).terminate());
  }

  /** The controller's cache loses sight of {@code key} (an object it has not seen yet). */
  void hideFromCache(ResourceKey key) {
    cluster.remove(key);
  }

  boolean has(ResourceKey key) {
    return cluster.containsKey(key);
  }

  SyncState state() {
    return read(persisted);
  }

  String persistedJson() {
    return persisted;
  }

  List<String> actions() {
    return List.copyOf(actions);
  }

  /** Actions from index {@code from} on. */
  List<String> actionsSince(int from) {
    return List.copyOf(actions.subList(from, actions.size()));
  }

  private static String name(ResourceKey key) {
    return key.kind() + "/" + key.name();
  }

  private static String write(SyncState state) {
    try {
      return JSON.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new AssertionError("state does not serialize", e);
    }
  }

  private static SyncState read(String json) {
    try {
      return JSON.readValue(json, SyncState.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError("state does not deserialize: " + json, e);
    }
  }
}
