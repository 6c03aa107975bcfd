package io.mooring.model;

import java.util.Map;

/** Labels and annotations put on a namespace created by {@code CreateNamespace=true}. */
public class ManagedNamespaceMetadata extends Extensible {
  public Map<String, String> labels;
  public Map<String, String> annotations;
}
