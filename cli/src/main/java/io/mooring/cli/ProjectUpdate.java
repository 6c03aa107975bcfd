package io.mooring.cli;

import io.mooring.cli.client.ClientException;
import io.mooring.cli.client.ProjectsApi;
import io.mooring.model.AppProject;
import io.mooring.model.AppProjectSpec;
import io.mooring.model.ModelCodec;
import java.util.function.Consumer;

/**
 * Changes a project's spec the safe way: GET it, change a copy, PUT it back at the resourceVersion
 * read; on a conflict (409) read it again and re-apply the change, a few times.
 */
final class ProjectUpdate {
  private static final int ATTEMPTS = 3;

  /** Whether the spec changed. */
  enum Outcome {
    UPDATED,
    UNCHANGED
  }

  private ProjectUpdate() {}

  static Outcome apply(ProjectsApi projects, String name, Consumer<AppProjectSpec> change) {
    for (int attempt = 1; ; attempt++) {
      AppProject current = projects.get(name);
      AppProject changed = ModelCodec.copy(current);
      if (changed.spec == null) {
        changed.spec = new AppProjectSpec();
      }
      change.accept(changed.spec);
      if (ModelCodec.toTree(changed.spec).equals(ModelCodec.toTree(current.spec))) {
        return Outcome.UNCHANGED;
      }
      try {
        projects.update(changed);
        return Outcome.UPDATED;
      } catch (ClientException e) {
        if (e.status() != 409 || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
