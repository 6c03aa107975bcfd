package io.mooring.controller.operation;

import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.model.ModelCodec;
import io.mooring.model.SyncOperation;
import java.util.List;

/**
 * The source(s) a sync deployed, for its result and history entry: the operation's own (a
 * rollback's) when it names them, else the spec's. Copies, never the inputs.
 */
record SyncedSources(ApplicationSource source, List<ApplicationSource> sources) {

  static SyncedSources of(Application app, SyncOperation sync) {
    if (sync != null && sync.sources != null && !sync.sources.isEmpty()) {
      return new SyncedSources(null, copyAll(sync.sources));
    }
    if (sync != null && sync.source != null) {
      return new SyncedSources(ModelCodec.copy(sync.source), null);
    }
    return new SyncedSources(ModelCodec.copy(app.spec.source), copyAll(app.spec.sources));
  }

  private static List<ApplicationSource> copyAll(List<ApplicationSource> sources) {
    return sources == null ? null : sources.stream().map(ModelCodec::copy).toList();
  }
}
