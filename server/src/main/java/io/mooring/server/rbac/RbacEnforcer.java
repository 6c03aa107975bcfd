package io.mooring.server.rbac;

import io.mooring.server.auth.Caller;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.rbac.CompiledPolicy.PolicyText;
import io.mooring.server.settings.SettingsStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides whether a caller may act, as Argo CD does: the caller is allowed when {@code
 * policy.default} allows, or when its subject or one of its groups does (a deny in the same
 * subject's rules overrides an allow). The policy is the built-in roles, argocd-rbac-cm and the
 * project roles; it is recompiled only when their text changes.
 */
public final class RbacEnforcer {
  private final SettingsStore settings;
  private final ProjectCatalog projects;
  private final AtomicReference<Cached> cache = new AtomicReference<>();

  private record Cached(List<PolicyText> texts, CompiledPolicy policy) {}

  public RbacEnforcer(SettingsStore settings, ProjectCatalog projects) {
    this.settings = settings;
    this.projects = projects;
  }

  /** Whether {@code caller} may {@code action} on {@code resource} for {@code object}. */
  public boolean allows(Caller caller, String resource, String action, String object) {
    RbacSettings rbac = RbacSettings.from(settings);
    CompiledPolicy policy = policy(rbac);
    for (String subject : subjects(caller, rbac)) {
      if (policy.allows(subject, resource, action, object)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> subjects(Caller caller, RbacSettings rbac) {
    List<String> subjects = new ArrayList<>();
    if (!rbac.defaultRole().isEmpty()) {
      subjects.add(rbac.defaultRole());
    }
    if (caller.kind() != Caller.Kind.ANONYMOUS) {
      subjects.add(caller.subject());
      subjects.addAll(caller.groups());
    }
    return subjects;
  }

  private CompiledPolicy policy(RbacSettings rbac) {
    List<PolicyText> texts =
        List.of(
            new PolicyText("built-in policy", BuiltinPolicy.CSV),
            new PolicyText("argocd-rbac-cm policy.csv", rbac.policyCsv()),
            new PolicyText("AppProject roles", ProjectRolePolicies.csv(projects.list())));
    Cached cached = cache.get();
    if (cached != null && cached.texts().equals(texts)) {
      return cached.policy();
    }
    CompiledPolicy compiled = CompiledPolicy.compile(texts);
    cache.set(new Cached(texts, compiled));
    return compiled;
  }
}
