package io.mooring.controller.testing;

import io.mooring.controller.ports.ApplicationStore;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A store of Applications in memory, counting writes, for reconciler tests. */
public final class InMemoryApplicationStore implements ApplicationStore {
  private final Map<String, Application> apps = new ConcurrentHashMap<>();
  public final AtomicInteger statusWrites = new AtomicInteger();
  public final AtomicInteger updates = new AtomicInteger();

  public void put(Application app) {
    apps.put(app.metadata.name, ModelCodec.copy(app));
  }

  @Override
  public Optional<Application> get(String name) {
    return Optional.ofNullable(apps.get(name)).map(ModelCodec::copy);
  }

  @Override
  public List<Application> list() {
    return new ArrayList<>(apps.values().stream().map(ModelCodec::copy).toList());
  }

  @Override
  public Application updateStatus(Application app) {
    statusWrites.incrementAndGet();
    Application stored = apps.get(app.metadata.name);
    stored.status = ModelCodec.copy(app.status);
    return ModelCodec.copy(stored);
  }

  @Override
  public Application update(Application app) {
    updates.incrementAndGet();
    apps.put(app.metadata.name, ModelCodec.copy(app));
    return ModelCodec.copy(app);
  }
}
