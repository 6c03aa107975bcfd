package io.mooring.kube.apply;

/**
 * How to apply one object: the strategy, {@code force} (server-side apply: take over conflicting
 * fields; otherwise delete and re-create when the API refuses the change, e.g. an immutable field),
 * {@code dryRun} (the API validates but stores nothing), {@code validate} (strict field validation,
 * {@code Validate=false} turns it off) and the field manager.
 */
public record ApplyOptions(
    ApplyStrategy strategy, boolean force, boolean dryRun, boolean validate, String fieldManager) {

  /** Mooring's field manager name. */
  public static final String FIELD_MANAGER = "mooring";

  public ApplyOptions {
    if (strategy == null) {
      throw new IllegalArgumentException("apply strategy is required");
    }
    if (fieldManager == null || fieldManager.isBlank()) {
      throw new IllegalArgumentException("field manager must not be blank");
    }
  }

  /** Client-side apply, validating, not forced, for real. */
  public static ApplyOptions defaults() {
    return new ApplyOptions(ApplyStrategy.CLIENT_SIDE, false, false, true, FIELD_MANAGER);
  }

  public ApplyOptions withStrategy(ApplyStrategy newStrategy) {
    return new ApplyOptions(newStrategy, force, dryRun, validate, fieldManager);
  }

  public ApplyOptions withForce(boolean newForce) {
    return new ApplyOptions(strategy, newForce, dryRun, validate, fieldManager);
  }

  public ApplyOptions withDryRun(boolean newDryRun) {
    return new ApplyOptions(strategy, force, newDryRun, validate, fieldManager);
  }

  public ApplyOptions withValidate(boolean newValidate) {
    return new ApplyOptions(strategy, force, dryRun, newValidate, fieldManager);
  }
}
