/**
 * Sync: plan the tasks of a sync operation, then step through them, the way Argo CD's engine does.
 * Pure: no I/O; the controller executes what is decided here and reports back.
 *
 * <h2>Plan</h2>
 *
 * {@link io.mooring.engine.sync.SyncPlanner#plan} turns a {@link
 * io.mooring.engine.sync.SyncRequest} (objects rendered from Git with their final namespaces, the
 * live objects tracked to the application, the keys that are out of sync, and {@link
 * io.mooring.engine.sync.OperationOptions}) into a {@link io.mooring.engine.sync.SyncPlan}: tasks
 * ordered by phase (PreSync, Sync, PostSync, then SyncFail), wave ({@code
 * argocd.argoproj.io/sync-wave}, else {@code helm.sh/hook-weight}), {@link
 * io.mooring.engine.sync.KindOrder kind} and name. Resources are applied in the Sync phase; hooks
 * (Argo CD's or Helm's, mapped) are created in their phases; live resources Git no longer renders
 * are pruned in the reverse of their waves (PruneLast=true: after the last wave), never hooks, or
 * reported PruneSkipped. A {@link io.mooring.engine.sync.SyncPlanException} means nothing may be
 * applied: an unreadable annotation, an unnameable hook, a duplicate, or a prune of everything
 * without {@code ALLOW_EMPTY} ({@code WOULD_PRUNE_ALL}). The plan is deterministic: give the
 * operation's revision and start time in the options (they name {@code generateName} hooks), and
 * re-plan at every step from the same revision and the current live objects.
 *
 * <h2>Step</h2>
 *
 * Start with {@link io.mooring.engine.sync.SyncState#start()}, then repeat:
 *
 * <ol>
 *   <li>{@code step = SyncStepper.next(plan, state, live)}, where {@code live} answers from the
 *       cluster cache: existence, health (as Argo CD spells it, null for kinds without a health
 *       check) and deletion timestamp of each key.
 *   <li>Delete {@code step.deletions()} (hooks; NotFound is success).
 *   <li>Persist {@code step.state()} into {@code status.operationState} (phase, message, and {@code
 *       resources} as {@code syncResult.resources[]}: the records serialize with Argo CD's field
 *       names). Persisting <em>before</em> running tasks is what prevents a hook from running
 *       twice: a restarted controller sees it started, finds it live and awaits it.
 *   <li>For {@link io.mooring.engine.sync.SyncStep.Execute}: run its tasks (prunes come first; run
 *       as a server dry run when its mode is DRY_RUN), record each outcome with {@link
 *       io.mooring.engine.sync.SyncState#recordSucceeded} or {@link
 *       io.mooring.engine.sync.SyncState#recordFailed} (the message a user should read), persist,
 *       and call {@code next} again at once.
 *   <li>For {@link io.mooring.engine.sync.SyncStep.Wait}: call {@code next} again when a watched
 *       resource changes or after a short requeue (Argo CD also pauses 2 s between waves).
 *   <li>For {@link io.mooring.engine.sync.SyncStep.Finished}: the operation is over; {@code
 *       state.phase()} is Succeeded, Failed or Error.
 * </ol>
 *
 * A wave starts only when every task before it is done: hooks completed (Healthy or no health
 * check: succeeded; Degraded or Unknown: failed), applied resources Healthy when a later wave
 * follows (Degraded fails the sync; the last wave is not awaited, as in Argo CD), pruned objects
 * gone. A failed task runs the SyncFail hooks, then fails the operation with the failed tasks'
 * messages. Hooks with BeforeHookCreation (the default) that exist from an earlier run are deleted
 * and awaited before being created; HookSucceeded/HookFailed hooks are deleted when the operation
 * finishes, per how each hook ended. To terminate, persist {@link
 * io.mooring.engine.sync.SyncState#terminate()}: the next step deletes running hooks and fails with
 * "Operation terminated". On an error of the controller itself, persist {@link
 * io.mooring.engine.sync.SyncState#error}.
 *
 * <h2>Decided differently from Argo CD</h2>
 *
 * <ul>
 *   <li>Dry run: one step runs every main task in DRY_RUN mode (no waves, no health, no hooks
 *       created, no SyncFail hooks), then "successfully synced (dry run)". Non-dry-run syncs do not
 *       start with a validating dry run of everything (Argo CD does; it doubles API calls and the
 *       test mock server stores dry-run objects).
 *   <li>Unknown hook types, delete policies and non-integer waves are errors, not silently ignored.
 *   <li>A HookSucceeded hook is deleted after it succeeded even when the operation then fails.
 *   <li>Not done here: CreateNamespace (the controller creates the namespace before the first
 *       step), the hook finalizer, pulling Namespaces and CRDs ahead of dependants in later waves.
 * </ul>
 */
package io.mooring.engine.sync;
