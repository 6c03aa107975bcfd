package io.mooring.model;

import java.util.List;
import java.util.Map;

/**
 * Standard Kubernetes object metadata: the fields Mooring reads; the rest is kept in {@link
 * #extra()}.
 */
public class ObjectMeta extends Extensible {
  public String name;
  public String namespace;
  public Map<String, String> labels;
  public Map<String, String> annotations;
  public List<String> finalizers;
  public String uid;
  public String resourceVersion;
  public Long generation;
  public String creationTimestamp;
  public String deletionTimestamp;
}
