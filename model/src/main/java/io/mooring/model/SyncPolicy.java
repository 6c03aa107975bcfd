package io.mooring.model;

import java.util.List;

/** When and how an Application is synced. */
public class SyncPolicy extends Extensible {
  public SyncPolicyAutomated automated;
  public List<String> syncOptions;
  public RetryStrategy retry;
  public ManagedNamespaceMetadata managedNamespaceMetadata;
}
