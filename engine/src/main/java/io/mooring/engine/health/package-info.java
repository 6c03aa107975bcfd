/**
 * Health assessment in Argo CD's vocabulary: {@link io.mooring.engine.health.HealthAssessor} judges
 * one object (pending deletion first, then a custom Lua check, then a built-in check; empty when no
 * check applies), and {@link io.mooring.engine.health.HealthStatus} orders statuses so the worst
 * wins when aggregating.
 *
 * <p>Deliberate differences from Argo CD:
 *
 * <ul>
 *   <li>argoproj.io Application is assessed by its own {@code status.health} (Argo CD dropped this
 *       in 1.8), so app-of-apps waves work without a custom script.
 *   <li>Built-in workload checks read the fields they need whatever the API version of the group
 *       (Argo CD reports Unknown for, say, apps/v1beta2); HPA still follows the version, since v1
 *       keeps its conditions in an annotation.
 *   <li>Lua scripts always run sandboxed: no {@code os}, {@code io}, loader or debug library, even
 *       where Argo CD's {@code useOpenLibs} setting would grant them.
 *   <li>Custom script precedence: an exact group/kind beats any wildcard whatever its source; among
 *       wildcards the most literal one wins; for the same pattern the settings ConfigMap beats the
 *       customizations directory.
 * </ul>
 */
package io.mooring.engine.health;
