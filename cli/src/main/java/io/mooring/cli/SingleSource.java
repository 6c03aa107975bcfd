package io.mooring.cli;

import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSpec;

/** The one source that source flags change ({@code spec.source}), created when missing. */
final class SingleSource {
  private SingleSource() {}

  /**
   * {@code spec.source}, created when absent.
   *
   * @throws FlagException when the app has several sources ({@code spec.sources})
   */
  static ApplicationSource of(ApplicationSpec spec, String flags) {
    if (spec.sources != null && !spec.sources.isEmpty()) {
      throw new FlagException(
          flags
              + " change spec.source, but this Application has several sources (spec.sources):"
              + " edit its manifest instead");
    }
    if (spec.source == null) {
      spec.source = new ApplicationSource();
    }
    return spec.source;
  }
}
