package io.mooring.engine.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ManifestDocument;
import io.mooring.engine.resource.ManifestReader;
import io.mooring.engine.resource.ResourceKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test fixtures under {@code src/test/resources/sync}, and plans made from them. */
final class SyncFixtures {
  static final String REVISION = "0123456789abcdef0123456789abcdef01234567";
  static final Instant STARTED_AT = Instant.parse("2025-03-01T12:00:00Z");

  private SyncFixtures() {}

  /** The objects in {@code sync/<name>.yaml}. */
  static List<ObjectNode> objects(String name) {
    String file = "/sync/" + name + ".yaml";
    try (InputStream in = SyncFixtures.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalArgumentException("no test fixture " + file);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ManifestReader.read(file, text).stream().map(ManifestDocument::object).toList();
    } catch (IOException | io.mooring.engine.resource.ManifestParseException e) {
      throw new IllegalArgumentException("cannot read " + file, e);
    }
  }

  /** The objects in {@code sync/<name>.yaml} keyed as live tracked resources. */
  static Map<ResourceKey, ObjectNode> live(String name) {
    Map<ResourceKey, ObjectNode> live = new LinkedHashMap<>();
    for (ObjectNode object : objects(name)) {
      live.put(ResourceKey.of(object), object);
    }
    return live;
  }

  /** Options for an operation on {@link #REVISION} started at {@link #STARTED_AT}. */
  static OperationOptions options() {
    return OperationOptions.defaults().forRevision(REVISION, STARTED_AT);
  }

  /** The plan for syncing {@code sync/<name>.yaml} into an empty cluster. */
  static SyncPlan plan(String name) throws SyncPlanException {
    return plan(name, options());
  }

  /** The plan for syncing {@code sync/<name>.yaml} into an empty cluster with {@code options}. */
  static SyncPlan plan(String name, OperationOptions options) throws SyncPlanException {
    return SyncPlanner.plan(new SyncRequest(objects(name), Map.of(), Set.of(), options));
  }

  /** The plan for {@code <name>-desired.yaml} against the tracked {@code <name>-live.yaml}. */
  static SyncPlan planAgainstLive(String name, OperationOptions options) throws SyncPlanException {
    return SyncPlanner.plan(
        new SyncRequest(objects(name + "-desired"), live(name + "-live"), Set.of(), options));
  }

  static ResourceKey key(String kind, String name) {
    String group =
        switch (kind) {
          case "Deployment" -> "apps";
          case "Job" -> "batch";
          case "Ingress", "IngressClass" -> "networking.k8s.io";
          case "CustomResourceDefinition" -> "apiextensions.k8s.io";
          default -> "";
        };
    String namespace =
        Set.of("Namespace", "CustomResourceDefinition", "IngressClass").contains(kind)
            ? ""
            : "shop";
    return new ResourceKey(group, kind, namespace, name);
  }

  /** "Kind/name" of each task, in order. */
  static List<String> names(List<SyncTask> tasks) {
    return tasks.stream().map(t -> t.key().kind() + "/" + t.key().name()).toList();
  }
}
