package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.api.model.LoadBalancerIngressBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.concurrent.atomic.AtomicInteger;

/** Gives each Service of type LoadBalancer an ingress address, as a cloud controller would. */
final class LoadBalancerController implements Reconciler {
  private final KubernetesClient client;
  private final AtomicInteger next = new AtomicInteger(1);

  LoadBalancerController(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public void reconcile(ObjectKey key) {
    Service svc = client.services().inNamespace(key.namespace()).withName(key.name()).get();
    if (svc == null || Owners.isDeleting(svc) || !"LoadBalancer".equals(svc.getSpec().getType())) {
      return;
    }
    boolean hasIngress =
        svc.getStatus() != null
            && svc.getStatus().getLoadBalancer() != null
            && svc.getStatus().getLoadBalancer().getIngress() != null
            && !svc.getStatus().getLoadBalancer().getIngress().isEmpty();
    if (hasIngress) {
      return;
    }
    String ip = "172.18.255." + (next.getAndIncrement() % 250 + 1);
    svc.setStatus(
        new io.fabric8.kubernetes.api.model.ServiceStatusBuilder()
            .withNewLoadBalancer()
            .withIngress(new LoadBalancerIngressBuilder().withIp(ip).withIpMode("VIP").build())
            .endLoadBalancer()
            .build());
    client.resource(svc).updateStatus();
  }
}
