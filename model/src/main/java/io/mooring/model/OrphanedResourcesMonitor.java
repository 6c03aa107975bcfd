package io.mooring.model;

import java.util.List;

/** Whether to warn about resources in the destination namespaces that no Application manages. */
public class OrphanedResourcesMonitor extends Extensible {
  public Boolean warn;
  public List<ResourceKind> ignore;
}
