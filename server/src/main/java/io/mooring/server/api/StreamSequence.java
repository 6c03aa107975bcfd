package io.mooring.server.api;

import io.mooring.model.Application;
import io.mooring.server.catalog.ApplicationEvent;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The order of one application stream's sends. A stream subscribes to changes first and then sends
 * the apps that exist as ADDED; the two run on different threads, so an app's opening state can be
 * read before a change and sent after it, which would leave the client on the older state until the
 * app changes again (possibly never). Here every change is noted as it passes, and an app's opening
 * state is sent only while no change to it has been heard since the subscription: the changes that
 * follow the subscription end on each app's newest state, so for an app that changed they are
 * enough, and for one that did not the opening state is its newest. Decisions and sends happen
 * under one lock, so what the client receives is the order they were decided in.
 */
final class StreamSequence {
  private final Set<String> changed = new HashSet<>();
  private final Consumer<ApplicationEvent> send;

  StreamSequence(Consumer<ApplicationEvent> send) {
    this.send = send;
  }

  /**
   * A change heard from the subscription; sent when {@code wanted} (the stream's filters and the
   * caller's permissions), and noted either way, so an older opening state of the app never follows
   * it.
   */
  synchronized void change(ApplicationEvent event, boolean wanted) {
    changed.add(event.application().metadata.name);
    if (wanted) {
      send.accept(event);
    }
  }

  /** An app as the stream found it on opening: sent as ADDED unless a change to it came first. */
  synchronized void opening(Application app) {
    if (!changed.contains(app.metadata.name)) {
      send.accept(new ApplicationEvent(ApplicationEvent.Type.ADDED, app));
    }
  }
}
