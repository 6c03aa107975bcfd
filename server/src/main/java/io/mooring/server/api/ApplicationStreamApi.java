package io.mooring.server.api;

import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.mooring.model.Application;
import io.mooring.server.auth.Caller;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationEvent;
import io.mooring.server.http.Json;
import io.mooring.server.rbac.RbacEnforcer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/stream/applications}: Application changes as server-sent events, in Argo CD's
 * shape ({@code data: {"result":{"type":"ADDED|MODIFIED|DELETED","application":{...}}}}). The apps
 * that exist when the stream opens come first as ADDED, unless a change to one is heard first (see
 * {@link StreamSequence}), so the last event of every app is its newest state. The list's filters
 * apply ({@code name}, {@code projects}, {@code selector}, {@code repo}, {@code search}), and every
 * event is checked against the caller's RBAC ({@code applications, get}) before it is sent.
 */
final class ApplicationStreamApi {
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationStreamApi.class);
  private final ApplicationCatalog applications;
  private final RbacEnforcer rbac;

  ApplicationStreamApi(ApplicationCatalog applications, RbacEnforcer rbac) {
    this.applications = applications;
    this.rbac = rbac;
  }

  /** The SSE handler of the stream. */
  Handler applications() {
    return new SseHandler(this::open);
  }

  private void open(SseClient client) {
    ApplicationQuery query = ApplicationQuery.of(client.ctx());
    Caller caller = Callers.of(client.ctx());
    StreamSequence sequence = new StreamSequence(event -> send(client, event));
    AutoCloseable subscription =
        applications.subscribe(
            event -> sequence.change(event, wanted(query, caller, event.application())));
    client.onClose(() -> close(subscription));
    for (Application app : applications.list()) {
      if (wanted(query, caller, app)) {
        sequence.opening(app);
      }
    }
    client.keepAlive();
  }

  private boolean wanted(ApplicationQuery query, Caller caller, Application app) {
    return query.test(app) && visible(caller, app);
  }

  private boolean visible(Caller caller, Application app) {
    return rbac.allows(caller, "applications", "get", ApplicationApi.rbacObject(app));
  }

  private static void send(SseClient client, ApplicationEvent event) {
    if (client.terminated()) {
      return;
    }
    byte[] json =
        Json.bytes(
            Map.of(
                "result", Map.of("type", event.type().name(), "application", event.application())));
    client.sendData(new String(json, StandardCharsets.UTF_8));
  }

  private static void close(AutoCloseable subscription) {
    try {
      subscription.close();
    } catch (Exception e) {
      LOG.warn("closing an application stream failed: {}", e.toString());
    }
  }
}
