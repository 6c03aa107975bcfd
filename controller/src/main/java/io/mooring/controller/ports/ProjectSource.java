package io.mooring.controller.ports;

import io.mooring.model.AppProject;
import java.util.Optional;

/** The AppProjects of the control namespace, as a watch's cache holds them (no API calls). */
public interface ProjectSource {
  /** The project named {@code name}, if it exists and can be read. */
  Optional<AppProject> get(String name);
}
