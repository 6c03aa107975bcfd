package io.mooring.source.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.ApplicationSourceKustomize;
import io.mooring.model.KustomizeReplica;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.util.Map;

/**
 * Applies an Application's kustomize overrides (namePrefix, nameSuffix, images, commonLabels,
 * commonAnnotations, namespace, replicas) to a kustomization, the way {@code kustomize edit set}
 * would. Pure: edits the given tree, which must be a copy of the user's file.
 */
final class KustomizeOverrides {
  private KustomizeOverrides() {}

  /** Whether {@code overrides} changes anything. */
  static boolean isEmpty(ApplicationSourceKustomize overrides) {
    return overrides == null
        || (overrides.namePrefix == null
            && overrides.nameSuffix == null
            && isEmpty(overrides.images)
            && isEmpty(overrides.commonLabels)
            && isEmpty(overrides.commonAnnotations)
            && overrides.namespace == null
            && isEmpty(overrides.replicas));
  }

  private static boolean isEmpty(java.util.Collection<?> values) {
    return values == null || values.isEmpty();
  }

  private static boolean isEmpty(Map<?, ?> values) {
    return values == null || values.isEmpty();
  }

  /** Applies {@code overrides} to {@code kustomization} in place. */
  static void apply(ApplicationSourceKustomize overrides, ObjectNode kustomization)
      throws SourceException {
    if (overrides.namePrefix != null) {
      kustomization.put("namePrefix", overrides.namePrefix);
    }
    if (overrides.nameSuffix != null) {
      kustomization.put("nameSuffix", overrides.nameSuffix);
    }
    if (overrides.namespace != null) {
      kustomization.put("namespace", overrides.namespace);
    }
    mergeMap(kustomization, "commonLabels", overrides.commonLabels);
    mergeMap(kustomization, "commonAnnotations", overrides.commonAnnotations);
    if (overrides.images != null) {
      for (String image : overrides.images) {
        upsertByName(kustomization.withArray("images"), imageEntry(kustomization, image));
      }
    }
    if (overrides.replicas != null) {
      for (KustomizeReplica replica : overrides.replicas) {
        ObjectNode entry = kustomization.objectNode();
        entry.put("name", replica.name);
        entry.put("count", count(replica));
        upsertByName(kustomization.withArray("replicas"), entry);
      }
    }
  }

  private static void mergeMap(ObjectNode kustomization, String field, Map<String, String> values) {
    if (values == null || values.isEmpty()) {
      return;
    }
    ObjectNode target = kustomization.withObject("/" + field);
    values.forEach(target::put);
  }

  private static void upsertByName(ArrayNode list, ObjectNode entry) {
    String name = entry.path("name").asText();
    for (int i = 0; i < list.size(); i++) {
      if (name.equals(list.get(i).path("name").asText())) {
        list.set(i, entry);
        return;
      }
    }
    list.add(entry);
  }

  private static int count(KustomizeReplica replica) throws SourceException {
    Object count = replica.count;
    try {
      if (count instanceof Number number) {
        return number.intValue();
      }
      return Integer.parseInt(String.valueOf(count).trim());
    } catch (NumberFormatException e) {
      throw new SourceException(
          Reason.INVALID_SOURCE,
          "kustomize.replicas: count '" + count + "' of " + replica.name + " is not a number");
    }
  }

  /**
   * An {@code images} entry from Argo CD's override syntax: {@code name=newName:tag}, {@code
   * name=newName@digest}, {@code name:tag} or {@code name@digest}.
   */
  static ObjectNode imageEntry(JsonNode factory, String override) throws SourceException {
    ObjectNode entry = ((ObjectNode) factory).objectNode();
    String spec = override.trim();
    int equals = spec.indexOf('=');
    String name;
    String reference;
    if (equals >= 0) {
      name = spec.substring(0, equals);
      reference = spec.substring(equals + 1);
    } else {
      ImageReference ref = ImageReference.parse(spec);
      name = ref.repository();
      reference = spec;
    }
    if (name.isEmpty() || reference.isEmpty()) {
      throw new SourceException(
          Reason.INVALID_SOURCE, "kustomize.images: '" + override + "' is not an image override");
    }
    ImageReference ref = ImageReference.parse(reference);
    entry.put("name", name);
    if (equals >= 0 && !ref.repository().equals(name)) {
      entry.put("newName", ref.repository());
    }
    if (ref.tag() != null) {
      entry.put("newTag", ref.tag());
    }
    if (ref.digest() != null) {
      entry.put("digest", ref.digest());
    }
    return entry;
  }

  /** An image reference split into repository, tag and digest. */
  record ImageReference(String repository, String tag, String digest) {
    static ImageReference parse(String reference) {
      int at = reference.indexOf('@');
      if (at >= 0) {
        return new ImageReference(reference.substring(0, at), null, reference.substring(at + 1));
      }
      int colon = reference.lastIndexOf(':');
      if (colon > reference.lastIndexOf('/')) {
        return new ImageReference(
            reference.substring(0, colon), reference.substring(colon + 1), null);
      }
      return new ImageReference(reference, null, null);
    }
  }
}
