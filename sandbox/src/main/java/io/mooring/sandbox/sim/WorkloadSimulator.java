package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.mooring.sandbox.sim.SimulatorOptions.Controller;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A KWOK-like workload simulator inside the process: it watches the sandbox through an ordinary
 * client, as real controllers watch a real cluster, and runs the simulated controllers on one
 * shared {@link ControllerLoop}. An event on an object wakes its controller and its owner's.
 */
public final class WorkloadSimulator implements AutoCloseable {
  private final ControllerLoop loop = new ControllerLoop();
  private final List<SharedIndexInformer<?>> informers = new ArrayList<>();
  private final Map<Controller, Reconciler> reconcilers = new EnumMap<>(Controller.class);

  private WorkloadSimulator() {}

  /** Starts the controllers the options enable, each behind a watch on its kind. */
  public static WorkloadSimulator start(KubernetesClient client, SimulatorOptions options) {
    WorkloadSimulator sim = new WorkloadSimulator();
    sim.register(options, Controller.DEPLOYMENTS, new DeploymentController(client));
    sim.register(options, Controller.REPLICA_SETS, new ReplicaSetController(client));
    sim.register(options, Controller.STATEFUL_SETS, new StatefulSetController(client));
    sim.register(options, Controller.DAEMON_SETS, new DaemonSetController(client));
    sim.register(options, Controller.JOBS, new JobController(client));
    sim.register(options, Controller.PODS, new Kubelet(client, options, sim.loop));
    sim.register(options, Controller.LOAD_BALANCERS, new LoadBalancerController(client));
    sim.register(options, Controller.VOLUME_CLAIMS, new VolumeClaimBinder(client));
    sim.watch(client.apps().deployments().inAnyNamespace(), Controller.DEPLOYMENTS);
    sim.watch(client.apps().replicaSets().inAnyNamespace(), Controller.REPLICA_SETS);
    sim.watch(client.apps().statefulSets().inAnyNamespace(), Controller.STATEFUL_SETS);
    sim.watch(client.apps().daemonSets().inAnyNamespace(), Controller.DAEMON_SETS);
    sim.watch(client.batch().v1().jobs().inAnyNamespace(), Controller.JOBS);
    sim.watch(client.pods().inAnyNamespace(), Controller.PODS);
    sim.watch(client.services().inAnyNamespace(), Controller.LOAD_BALANCERS);
    sim.watch(client.persistentVolumeClaims().inAnyNamespace(), Controller.VOLUME_CLAIMS);
    return sim;
  }

  private void register(SimulatorOptions options, Controller controller, Reconciler reconciler) {
    if (options.runs(controller)) {
      reconcilers.put(controller, reconciler);
    }
  }

  private <T extends HasMetadata> void watch(Informable<T> source, Controller controller) {
    if (reconcilers.isEmpty()) {
      return;
    }
    Consumer<T> onEvent =
        object -> {
          enqueue(controller, ObjectKey.of(object));
          ownerController(object)
              .ifPresent(
                  owner ->
                      enqueue(
                          owner,
                          new ObjectKey(object.getMetadata().getNamespace(), ownerName(object))));
        };
    informers.add(
        source.inform(
            new ResourceEventHandler<>() {
              @Override
              public void onAdd(T obj) {
                onEvent.accept(obj);
              }

              @Override
              public void onUpdate(T oldObj, T newObj) {
                onEvent.accept(newObj);
              }

              @Override
              public void onDelete(T obj, boolean deletedFinalStateUnknown) {
                onEvent.accept(obj);
              }
            },
            0));
  }

  private void enqueue(Controller controller, ObjectKey key) {
    Reconciler reconciler = reconcilers.get(controller);
    if (reconciler != null) {
      loop.enqueue(reconciler, key);
    }
  }

  private static Optional<Controller> ownerController(HasMetadata object) {
    return Owners.controllerOf(object)
        .map(OwnerReference::getKind)
        .flatMap(
            kind ->
                switch (kind) {
                  case "Deployment" -> Optional.of(Controller.DEPLOYMENTS);
                  case "ReplicaSet" -> Optional.of(Controller.REPLICA_SETS);
                  case "StatefulSet" -> Optional.of(Controller.STATEFUL_SETS);
                  case "DaemonSet" -> Optional.of(Controller.DAEMON_SETS);
                  case "Job" -> Optional.of(Controller.JOBS);
                  default -> Optional.empty();
                });
  }

  private static String ownerName(HasMetadata object) {
    return Owners.controllerOf(object).map(OwnerReference::getName).orElseThrow();
  }

  @Override
  public void close() {
    informers.forEach(SharedIndexInformer::close);
    loop.close();
  }
}
