package io.mooring.cli.client;

/**
 * What {@code app diff} found for one resource.
 *
 * @param label {@code GROUP/KIND NAMESPACE/NAME}
 * @param modified whether applying the target would change the cluster (missing and extra resources
 *     included)
 * @param diff the unified diff from live to target
 */
public record ResourceDiff(String label, boolean modified, String diff) {}
