package io.mooring.controller.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.KubeObjects;
import io.mooring.model.Application;
import java.util.function.Predicate;

/** Rendered objects as they will be applied: namespaced ones without a namespace get the app's. */
public final class DesiredObjects {
  private DesiredObjects() {}

  /**
   * {@code object} in {@code app}'s destination namespace when its kind is namespaced and it names
   * none (a copy then); else {@code object} itself.
   */
  public static ObjectNode withDefaultNamespace(
      Application app, ObjectNode object, Predicate<GroupKind> isNamespaced) {
    String namespace = destinationNamespace(app);
    boolean hasNamespace = !object.path("metadata").path("namespace").asText("").isEmpty();
    if (hasNamespace
        || namespace.isEmpty()
        || !isNamespaced.test(
            new GroupKind(KubeObjects.group(object), object.path("kind").asText("")))) {
      return object;
    }
    ObjectNode copy = object.deepCopy();
    copy.with("metadata").put("namespace", namespace);
    return copy;
  }

  private static String destinationNamespace(Application app) {
    return app.spec == null
            || app.spec.destination == null
            || app.spec.destination.namespace == null
        ? ""
        : app.spec.destination.namespace;
  }
}
