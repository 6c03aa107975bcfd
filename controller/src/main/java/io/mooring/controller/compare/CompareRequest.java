package io.mooring.controller.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What one comparison looks at.
 *
 * @param app the Application (destination namespace, ignoreDifferences)
 * @param revisions the resolved revision of each source
 * @param desired the rendered objects, tracking already stamped
 * @param live the live objects by key: those tracked to the app, and any found at a desired key
 * @param isNamespaced whether a kind is namespaced in the destination (desired objects of
 *     namespaced kinds without a namespace go to the destination namespace)
 * @param gate the project's verdict on each resource: a live object it does not permit is left out
 *     (never pruned), a desired one is shown as Unknown with the reason
 */
public record CompareRequest(
    Application app,
    List<String> revisions,
    List<ObjectNode> desired,
    Map<ResourceKey, ObjectNode> live,
    Predicate<GroupKind> isNamespaced,
    ResourceGate gate) {}
