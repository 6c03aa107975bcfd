package io.mooring.source;

/**
 * Which Application a render is for, as the build environment exposes it.
 *
 * @param name the Application's name ({@code ARGOCD_APP_NAME}, the default Helm release name)
 * @param namespace the destination namespace ({@code ARGOCD_APP_NAMESPACE}, Helm's namespace)
 * @param project the AppProject ({@code ARGOCD_APP_PROJECT_NAME})
 */
public record AppIdentity(String name, String namespace, String project) {}
