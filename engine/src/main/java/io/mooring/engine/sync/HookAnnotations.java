package io.mooring.engine.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.resource.Annotations;
import io.mooring.engine.resource.KubeObjects;
import io.mooring.engine.resource.ResourceKey;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an object's hook annotations: Argo CD's {@code argocd.argoproj.io/hook}, {@code
 * /hook-delete-policy} and {@code /sync-wave}, and Helm's {@code helm.sh/hook}, {@code
 * /hook-weight} and {@code /hook-delete-policy} mapped onto them. Argo CD's hook annotation wins
 * over Helm's. Unknown Argo CD values are errors naming the object and annotation.
 */
public final class HookAnnotations {
  private static final Map<String, HookType> HELM_TYPES =
      Map.of(
          "pre-install", HookType.PreSync,
          "pre-upgrade", HookType.PreSync,
          "post-install", HookType.PostSync,
          "post-upgrade", HookType.PostSync);

  private static final Map<String, HookDeletePolicy> HELM_POLICIES =
      Map.of(
          "before-hook-creation", HookDeletePolicy.BeforeHookCreation,
          "hook-succeeded", HookDeletePolicy.HookSucceeded,
          "hook-failed", HookDeletePolicy.HookFailed);

  /** Helm marks CRDs with this "hook", which Argo CD treats as a plain resource. */
  private static final String HELM_CRD_INSTALL = "crd-install";

  private HookAnnotations() {}

  /**
   * True when the object is a hook: annotated with Argo CD hook types other than Skip alone, or
   * with a Helm hook (other than crd-install). A hook is never applied as a resource nor pruned.
   */
  public static boolean isHook(JsonNode object) throws SyncPlanException {
    if (KubeObjects.annotation(object, Annotations.HOOK) != null) {
      Set<HookType> types = types(object);
      return !types.equals(EnumSet.of(HookType.Skip));
    }
    String helm = KubeObjects.annotation(object, Annotations.HELM_HOOK);
    return helm != null && !helm.trim().equals(HELM_CRD_INSTALL);
  }

  /** True when the object is annotated {@code argocd.argoproj.io/hook: Skip} and nothing else. */
  public static boolean isSkipped(JsonNode object) throws SyncPlanException {
    return KubeObjects.annotation(object, Annotations.HOOK) != null
        && types(object).equals(EnumSet.of(HookType.Skip));
  }

  /**
   * The hook types of an object: Argo CD's when annotated, else Helm's recognised ones mapped
   * (pre-install/pre-upgrade to PreSync, post-install/post-upgrade to PostSync; others ignored).
   */
  public static Set<HookType> types(JsonNode object) throws SyncPlanException {
    String argo = KubeObjects.annotation(object, Annotations.HOOK);
    Set<HookType> types = EnumSet.noneOf(HookType.class);
    if (argo != null) {
      for (String token : csv(argo)) {
        types.add(parse(HookType.class, token, object, Annotations.HOOK));
      }
      return types;
    }
    for (String token : csv(KubeObjects.annotation(object, Annotations.HELM_HOOK))) {
      HookType mapped = HELM_TYPES.get(token);
      if (mapped != null) {
        types.add(mapped);
      }
    }
    return types;
  }

  /** The sync phases an object runs in as a hook, in phase order. */
  public static List<SyncPhase> phases(JsonNode object) throws SyncPlanException {
    return types(object).stream().flatMap(t -> t.syncPhase().stream()).sorted().toList();
  }

  /**
   * The delete policies of a hook: Argo CD's and Helm's annotations together; BeforeHookCreation
   * when neither names any.
   */
  public static Set<HookDeletePolicy> deletePolicies(JsonNode object) throws SyncPlanException {
    Set<HookDeletePolicy> policies = EnumSet.noneOf(HookDeletePolicy.class);
    String argo = KubeObjects.annotation(object, Annotations.HOOK_DELETE_POLICY);
    for (String token : csv(argo)) {
      policies.add(parse(HookDeletePolicy.class, token, object, Annotations.HOOK_DELETE_POLICY));
    }
    for (String token : csv(KubeObjects.annotation(object, Annotations.HELM_HOOK_DELETE_POLICY))) {
      HookDeletePolicy mapped = HELM_POLICIES.get(token);
      if (mapped != null) {
        policies.add(mapped);
      }
    }
    return policies.isEmpty() ? EnumSet.of(HookDeletePolicy.BeforeHookCreation) : policies;
  }

  /**
   * The sync wave: {@code argocd.argoproj.io/sync-wave}, else {@code helm.sh/hook-weight}, else 0.
   */
  public static int wave(JsonNode object) throws SyncPlanException {
    String wave = KubeObjects.annotation(object, Annotations.SYNC_WAVE);
    if (wave != null) {
      return integer(wave, object, Annotations.SYNC_WAVE);
    }
    String weight = KubeObjects.annotation(object, Annotations.HELM_HOOK_WEIGHT);
    return weight == null ? 0 : integer(weight, object, Annotations.HELM_HOOK_WEIGHT);
  }

  private static int integer(String text, JsonNode object, String annotation)
      throws SyncPlanException {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw invalid(object, annotation, "'" + text + "' is not an integer");
    }
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String token, JsonNode object, String annotation) throws SyncPlanException {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(token)) {
        return constant;
      }
    }
    throw invalid(
        object,
        annotation,
        "unknown value '"
            + token
            + "'; expected one of "
            + Arrays.toString(type.getEnumConstants()));
  }

  private static SyncPlanException invalid(JsonNode object, String annotation, String problem) {
    return new SyncPlanException(
        SyncPlanException.Reason.INVALID_ANNOTATION,
        ResourceKey.of(object) + ": annotation " + annotation + ": " + problem);
  }

  private static Set<String> csv(String value) {
    Set<String> tokens = new LinkedHashSet<>();
    if (value != null) {
      for (String token : value.split(",")) {
        if (!token.isBlank()) {
          tokens.add(token.trim());
        }
      }
    }
    return tokens;
  }
}
