package io.mooring.engine.health.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.resource.KubeObjects;
import java.util.Arrays;

/**
 * Recognises sync hooks (Argo CD's hook annotation, or Helm's) for checks that treat them apart.
 */
final class Hooks {
  static final String ARGO_HOOK = "argocd.argoproj.io/hook";
  static final String HELM_HOOK = "helm.sh/hook";

  private Hooks() {}

  /** True for an object annotated as a hook, other than one only marked {@code Skip}. */
  static boolean isHook(JsonNode object) {
    String argoHook = KubeObjects.annotation(object, ARGO_HOOK);
    if (argoHook != null) {
      return Arrays.stream(argoHook.split(","))
          .map(String::trim)
          .anyMatch(type -> !type.isEmpty() && !type.equals("Skip"));
    }
    return KubeObjects.annotation(object, HELM_HOOK) != null;
  }
}
