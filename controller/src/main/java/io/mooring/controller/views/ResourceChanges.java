package io.mooring.controller.views;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells subscribers which Applications had a live resource change (one of their objects, or an
 * object they own, was added, changed or deleted). Called on cluster-cache threads: subscribers
 * must return quickly.
 */
public final class ResourceChanges {
  private static final Logger LOG = LoggerFactory.getLogger(ResourceChanges.class);
  private final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();

  /** Calls {@code subscriber} with the name of each app whose resources changed; close to stop. */
  public AutoCloseable subscribe(Consumer<String> subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  /** The live resources of {@code apps} changed. */
  public void publish(Set<String> apps) {
    for (Consumer<String> subscriber : subscribers) {
      for (String app : apps) {
        try {
          subscriber.accept(app);
        } catch (RuntimeException e) {
          LOG.warn("a resource change subscriber failed for app {}: {}", app, e.toString());
        }
      }
    }
  }
}
