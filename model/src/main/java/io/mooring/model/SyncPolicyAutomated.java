package io.mooring.model;

/**
 * Automated sync: on by its presence (or {@code enabled}), with optional prune, self-heal and
 * allow-empty.
 */
public class SyncPolicyAutomated extends Extensible {
  public Boolean enabled;
  public Boolean prune;
  public Boolean selfHeal;
  public Boolean allowEmpty;
}
