package io.mooring.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.engine.sync.LiveResource;
import io.mooring.engine.sync.LiveView;
import io.mooring.engine.sync.OperationOptions;
import io.mooring.engine.sync.SyncPlan;
import io.mooring.engine.sync.SyncPlanException;
import io.mooring.engine.sync.SyncPlanner;
import io.mooring.engine.sync.SyncRequest;
import io.mooring.engine.sync.SyncState;
import io.mooring.engine.sync.SyncStep;
import io.mooring.engine.sync.SyncStepper;
import io.mooring.engine.sync.SyncTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sync engine cost: time to plan N resources (10 waves, a PreSync and a PostSync hook), and time
 * for a whole simulated sync in which the controller re-plans and calls the stepper at every step,
 * as package-info recommends (every resource healthy at once, state serialized to JSON at every
 * step). Usage: {@code bench/run SyncBench}.
 */
public final class SyncBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SyncBench() {}

  public static void main(String[] args) throws Exception {
    System.out.println("resources  plan-ms  full-sync-ms  steps  state-json-KB  sync/plan");
    for (int n : new int[] {50, 1_000, 5_000}) {
      List<ObjectNode> desired = desired(n);
      OperationOptions options =
          OperationOptions.defaults().forRevision("abcdef0123", Instant.EPOCH);
      SyncRequest request = new SyncRequest(desired, Map.of(), Set.of(), options);
      for (int warm = 0; warm < 3; warm++) {
        SyncPlanner.plan(request);
        simulate(request);
      }
      long t0 = System.nanoTime();
      SyncPlanner.plan(request);
      double planMs = (System.nanoTime() - t0) / 1e6;
      long t1 = System.nanoTime();
      int[] stepsAndBytes = simulate(request);
      double syncMs = (System.nanoTime() - t1) / 1e6;
      System.out.printf(
          Locale.ROOT,
          "%9d  %7.1f  %12.1f  %5d  %13.1f  %9.1f%n",
          n,
          planMs,
          syncMs,
          stepsAndBytes[0],
          stepsAndBytes[1] / 1024.0,
          syncMs / planMs);
    }
  }

  private static int[] simulate(SyncRequest request) throws Exception {
    Map<ResourceKey, LiveResource> cluster = new HashMap<>();
    LiveView live = key -> Optional.ofNullable(cluster.get(key));
    SyncState state = SyncState.start();
    int steps = 0;
    int bytes = 0;
    while (true) {
      SyncPlan plan = SyncPlanner.plan(request);
      SyncStep step = SyncStepper.next(plan, state, live);
      steps++;
      state = step.state();
      if (step instanceof SyncStep.Finished) {
        return new int[] {steps, bytes};
      }
      if (step instanceof SyncStep.Execute execute) {
        for (SyncTask task : execute.tasks()) {
          cluster.put(task.key(), LiveResource.withHealth("Healthy", ""));
          state = state.recordSucceeded(task, "configured");
        }
      }
      String json = JSON.writeValueAsString(state);
      bytes = json.length();
      state = JSON.readValue(json, SyncState.class);
      if (steps > 100) {
        throw new IllegalStateException("did not finish: " + state.message());
      }
    }
  }

  private static List<ObjectNode> desired(int n) throws SyncPlanException {
    List<ObjectNode> objects = new ArrayList<>();
    String[] kinds = {"ConfigMap", "Service", "Deployment", "Secret"};
    for (int i = 0; i < n; i++) {
      String kind = kinds[i % kinds.length];
      ObjectNode object = JSON.createObjectNode();
      object.put("apiVersion", kind.equals("Deployment") ? "apps/v1" : "v1").put("kind", kind);
      ObjectNode metadata = object.putObject("metadata");
      metadata.put("name", "r" + i).put("namespace", "bench");
      metadata.putObject("annotations").put("argocd.argoproj.io/sync-wave", String.valueOf(i % 10));
      objects.add(object);
    }
    for (String hook : new String[] {"PreSync", "PostSync"}) {
      ObjectNode job = JSON.createObjectNode();
      job.put("apiVersion", "batch/v1").put("kind", "Job");
      ObjectNode metadata = job.putObject("metadata");
      metadata.put("generateName", hook.toLowerCase(Locale.ROOT) + "-").put("namespace", "bench");
      metadata.putObject("annotations").put("argocd.argoproj.io/hook", hook);
      objects.add(job);
    }
    return objects;
  }
}
