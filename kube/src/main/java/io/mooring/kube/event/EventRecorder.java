package io.mooring.kube.event;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes core/v1 Events about an object (the audit trail of syncs). Recording is best effort: a
 * failure is logged, never thrown, so an Event cannot fail an operation. Messages longer than
 * {@value #MAX_MESSAGE} characters are cut.
 */
public final class EventRecorder {
  /** Longest message kept. */
  public static final int MAX_MESSAGE = 1024;

  private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);

  private final KubernetesClient client;
  private final String component;
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();

  /** Events reported by {@code component} (such as {@code mooring-controller}). */
  public EventRecorder(KubernetesClient client, String component, Clock clock) {
    this.client = client;
    this.component = component;
    this.clock = clock;
  }

  /**
   * Records an Event on {@code about} (in its namespace; {@code default} for cluster-scoped
   * objects); returns it, or null when it could not be written.
   */
  public Event record(InvolvedObject about, EventType type, String reason, String message) {
    String namespace = about.namespace().isEmpty() ? "default" : about.namespace();
    String now =
        DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    Event event =
        new EventBuilder()
            .withNewMetadata()
            .withNamespace(namespace)
            .withName(eventName(about))
            .endMetadata()
            .withNewInvolvedObject()
            .withApiVersion(about.apiVersion())
            .withKind(about.kind())
            .withNamespace(about.namespace().isEmpty() ? null : about.namespace())
            .withName(about.name())
            .withUid(about.uid().isEmpty() ? null : about.uid())
            .endInvolvedObject()
            .withType(type.apiValue())
            .withReason(reason)
            .withMessage(truncate(message))
            .withNewSource()
            .withComponent(component)
            .endSource()
            .withReportingComponent(component)
            .withFirstTimestamp(now)
            .withLastTimestamp(now)
            .withCount(1)
            .build();
    try {
      return client.v1().events().inNamespace(namespace).resource(event).create();
    } catch (KubernetesClientException e) {
      LOG.warn(
          "Could not record event {} on {} {}/{}: {}",
          reason,
          about.kind(),
          namespace,
          about.name(),
          e.getMessage());
      return null;
    }
  }

  private String eventName(InvolvedObject about) {
    long unique = clock.millis() * 1000 + (sequence.incrementAndGet() % 1000);
    return about.name() + "." + Long.toHexString(unique);
  }

  private static String truncate(String message) {
    if (message == null) {
      return "";
    }
    return message.length() <= MAX_MESSAGE
        ? message
        : message.substring(0, MAX_MESSAGE - 3) + "...";
  }
}
