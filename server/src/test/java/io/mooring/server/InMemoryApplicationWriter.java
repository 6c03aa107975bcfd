package io.mooring.server;

import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.server.catalog.ApplicationEvent;
import io.mooring.server.catalog.ApplicationEventHub;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.http.ApiException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes Applications into a test's list, with resourceVersions checked as the API server would;
 * deleting an app with finalizers only marks it (as Kubernetes sets deletionTimestamp).
 */
final class InMemoryApplicationWriter implements ApplicationWriter {
  private final List<Application> applications;
  private final ApplicationEventHub events;
  private final AtomicLong versions = new AtomicLong(1000);

  InMemoryApplicationWriter(List<Application> applications, ApplicationEventHub events) {
    this.applications = applications;
    this.events = events;
  }

  @Override
  public synchronized Optional<Application> current(String name) {
    return Optional.ofNullable(find(name)).map(ModelCodec::copy);
  }

  @Override
  public synchronized Application create(Application app) {
    if (find(app.metadata.name) != null) {
      throw ApiException.conflict("application '" + app.metadata.name + "' already exists");
    }
    Application stored = ModelCodec.copy(app);
    stored.metadata.resourceVersion = Long.toString(versions.incrementAndGet());
    applications.add(stored);
    events.publish(new ApplicationEvent(ApplicationEvent.Type.ADDED, ModelCodec.copy(stored)));
    return ModelCodec.copy(stored);
  }

  @Override
  public synchronized Application update(Application app) {
    Application current = find(app.metadata.name);
    if (current == null
        || (app.metadata.resourceVersion != null
            && !app.metadata.resourceVersion.equals(current.metadata.resourceVersion))) {
      throw ApiException.conflict(
          "Application " + app.metadata.name + " changed since it was read");
    }
    Application stored = ModelCodec.copy(app);
    stored.status = current.status;
    stored.metadata.resourceVersion = Long.toString(versions.incrementAndGet());
    applications.set(applications.indexOf(current), stored);
    events.publish(new ApplicationEvent(ApplicationEvent.Type.MODIFIED, ModelCodec.copy(stored)));
    return ModelCodec.copy(stored);
  }

  @Override
  public synchronized Application updateStatus(Application app) {
    Application current = find(app.metadata.name);
    if (current == null) {
      throw ApiException.notFound("application '" + app.metadata.name + "' not found");
    }
    Application stored = ModelCodec.copy(current);
    stored.status = ModelCodec.copy(app.status);
    stored.metadata.resourceVersion = Long.toString(versions.incrementAndGet());
    applications.set(applications.indexOf(current), stored);
    events.publish(new ApplicationEvent(ApplicationEvent.Type.MODIFIED, ModelCodec.copy(stored)));
    return ModelCodec.copy(stored);
  }

  @Override
  public synchronized void delete(String name) {
    Application current = find(name);
    if (current == null) {
      return;
    }
    if (current.metadata.finalizers == null || current.metadata.finalizers.isEmpty()) {
      applications.remove(current);
      events.publish(new ApplicationEvent(ApplicationEvent.Type.DELETED, current));
    } else {
      current.metadata.deletionTimestamp = "2025-06-01T10:00:00Z";
    }
  }

  private Application find(String name) {
    return applications.stream().filter(a -> a.metadata.name.equals(name)).findFirst().orElse(null);
  }
}
