package io.mooring.controller.wiring;

import io.mooring.kube.apps.ApplicationChangeListener;
import io.mooring.model.Application;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each change the controller's watch of Applications sees to every subscriber besides the
 * controller (the API server in the same process), so one watch cache serves both. A subscriber
 * that throws is logged and stays subscribed; subscribers run on the watch's thread, so a slow one
 * should hand the change on to its own thread.
 */
final class ApplicationChanges implements ApplicationChangeListener {
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationChanges.class);
  private final List<ApplicationChangeListener> subscribers = new CopyOnWriteArrayList<>();

  /** Starts telling {@code subscriber} of every later change; close the handle to stop. */
  AutoCloseable subscribe(ApplicationChangeListener subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  @Override
  public void changed(Change change, Application app) {
    for (ApplicationChangeListener subscriber : subscribers) {
      try {
        subscriber.changed(change, app);
      } catch (RuntimeException e) {
        LOG.warn("an application change subscriber failed: {}", e.toString());
      }
    }
  }
}
