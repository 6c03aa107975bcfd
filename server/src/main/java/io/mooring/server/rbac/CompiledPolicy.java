package io.mooring.server.rbac;

import java.util.ArrayList;
import java.util.List;
import org.casbin.jcasbin.main.SyncedEnforcer;
import org.casbin.jcasbin.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A policy CSV loaded into jCasbin with Argo CD's model: {@code p, subject, resource, action,
 * object, effect} and {@code g, subject, role}; resource, action and object matched as globs; a
 * matching deny overrides any allow.
 */
final class CompiledPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(CompiledPolicy.class);
  private static final String MODEL =
      """
      [request_definition]
      r = sub, res, act, obj

      [policy_definition]
      p = sub, res, act, obj, eft

      [role_definition]
      g = _, _

      [policy_effect]
      e = some(where (p.eft == allow)) && !some(where (p.eft == deny))

      [matchers]
      m = g(r.sub, p.sub) && argoGlob(r.res, p.res) && argoGlob(r.act, p.act) \
      && argoGlob(r.obj, p.obj)
      """;

  private final SyncedEnforcer enforcer;

  private CompiledPolicy(SyncedEnforcer enforcer) {
    this.enforcer = enforcer;
  }

  /** A policy text and where it comes from (for warnings about bad lines). */
  record PolicyText(String source, String csv) {}

  /** Loads {@code texts}; malformed lines are skipped with a warning naming source and line. */
  static CompiledPolicy compile(List<PolicyText> texts) {
    SyncedEnforcer enforcer = new SyncedEnforcer(Model.newModelFromString(MODEL));
    enforcer.addFunction(ArgoGlobFunction.NAME, new ArgoGlobFunction());
    List<List<String>> policies = new ArrayList<>();
    List<List<String>> groupings = new ArrayList<>();
    for (PolicyText text : texts) {
      load(text, policies, groupings);
    }
    if (!policies.isEmpty()) {
      enforcer.addNamedPolicies("p", policies);
    }
    if (!groupings.isEmpty()) {
      enforcer.addNamedGroupingPolicies("g", groupings);
    }
    return new CompiledPolicy(enforcer);
  }

  private static void load(
      PolicyText text, List<List<String>> policies, List<List<String>> groupings) {
    int lineNumber = 0;
    for (String raw : text.csv().split("\n")) {
      lineNumber++;
      List<String> fields = PolicyLine.split(raw);
      if (fields.isEmpty()) {
        continue;
      }
      String problem = PolicyLine.problem(fields);
      if (problem != null) {
        LOG.warn("{} line {}: {}; line ignored", text.source(), lineNumber, problem);
      } else if (fields.get(0).equals("p")) {
        policies.add(PolicyLine.withEffect(fields.subList(1, fields.size())));
      } else {
        groupings.add(fields.subList(1, 3));
      }
    }
  }

  /** Whether {@code subject} may {@code action} on {@code resource} for {@code object}. */
  boolean allows(String subject, String resource, String action, String object) {
    return enforcer.enforce(subject, resource, action, object);
  }
}
