package io.mooring.server.api;

import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.mooring.controller.views.ApplicationViews;
import io.mooring.model.Application;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/stream/applications/{name}/resource-tree}: the app's ApplicationTree as
 * server-sent events ({@code data: {"result": <ApplicationTree>}}): the current tree first, then a
 * new one whenever it changed. Changes (a live resource of the app, or the app itself) are
 * coalesced for {@link Options#settle()} and a tree equal to the last one sent is not sent again,
 * so a burst of Pod updates yields one event. A comment is sent after {@link Options#idle()}
 * without changes, so a client that went away is noticed. The stream ends when the app is deleted.
 */
final class ResourceTreeStreamApi {
  private static final Logger LOG = LoggerFactory.getLogger(ResourceTreeStreamApi.class);

  /**
   * How the stream paces itself.
   *
   * @param settle how long changes are gathered before a tree is computed
   * @param idle how long without a change before a keep-alive comment
   */
  record Options(Duration settle, Duration idle) {
    static Options defaults() {
      return new Options(Duration.ofMillis(500), Duration.ofSeconds(15));
    }
  }

  private final ApplicationCatalog applications;
  private final ApplicationViews views;
  private final Options options;

  ResourceTreeStreamApi(ApplicationCatalog applications, ApplicationViews views, Options options) {
    this.applications = applications;
    this.views = views;
    this.options = options;
  }

  /** The SSE handler of the stream; an app that does not exist is a 404 before any event. */
  Handler handler() {
    SseHandler sse = new SseHandler(this::open);
    return ctx -> {
      String name = ctx.pathParam("name");
      if (applications.get(name).isEmpty()) {
        throw ApiException.notFound("application '" + name + "' not found");
      }
      sse.handle(ctx);
    };
  }

  private void open(SseClient client) {
    String name = client.ctx().pathParam("name");
    ChangeSignal signal = new ChangeSignal();
    try (AutoCloseable resources =
            views.onResourceChange(
                app -> {
                  if (app.equals(name)) {
                    signal.mark();
                  }
                });
        AutoCloseable appChanges =
            applications.subscribe(
                event -> {
                  if (event.application().metadata.name.equals(name)) {
                    signal.mark();
                  }
                })) {
      client.onClose(signal::close);
      stream(client, name, signal);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("resource tree stream of {} ended: {}", name, e.toString());
    }
  }

  private void stream(SseClient client, String name, ChangeSignal signal)
      throws InterruptedException {
    byte[] last = null;
    ChangeSignal.Wake wake = ChangeSignal.Wake.CHANGED;
    while (!client.terminated() && wake != ChangeSignal.Wake.CLOSED) {
      if (wake == ChangeSignal.Wake.CHANGED || last == null) {
        Optional<Application> app = applications.get(name);
        if (app.isEmpty()) {
          return;
        }
        byte[] tree = treeEvent(app.get());
        if (tree != null && !Arrays.equals(tree, last)) {
          client.sendData(new String(tree, StandardCharsets.UTF_8));
          last = tree;
        }
      } else {
        client.sendComment("keep-alive");
      }
      wake = signal.await(options.settle(), options.idle());
    }
  }

  /** The event of the app's tree, or null while the cluster cannot be read (retried on change). */
  private byte[] treeEvent(Application app) {
    try {
      return Json.bytes(Map.of("result", ApplicationDetailsApi.tree(views, app)));
    } catch (ApiException e) {
      LOG.debug("resource tree of {} not available yet: {}", app.metadata.name, e.getMessage());
      return null;
    }
  }
}
