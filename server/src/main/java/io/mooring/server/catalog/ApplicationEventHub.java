package io.mooring.server.catalog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each Application event to every current subscriber (the open streams). A subscriber that
 * throws is logged and keeps its subscription; closing the returned handle ends it.
 */
public final class ApplicationEventHub {
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationEventHub.class);
  private final List<Consumer<ApplicationEvent>> subscribers = new CopyOnWriteArrayList<>();

  /** Starts telling {@code subscriber} of every event; close the handle to stop. */
  public AutoCloseable subscribe(Consumer<ApplicationEvent> subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  /** Tells every subscriber of {@code event}. */
  public void publish(ApplicationEvent event) {
    for (Consumer<ApplicationEvent> subscriber : subscribers) {
      try {
        subscriber.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("an application stream subscriber failed: {}", e.toString());
      }
    }
  }

  /** How many subscribers are listening (for tests and metrics). */
  public int subscriberCount() {
    return subscribers.size();
  }
}
