package io.mooring.sandbox.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.crud.AttributeType;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * fabric8's CRUD store with an index, so that finding one object no longer scans them all: the
 * parent finds an object (to create, replace, patch or read it) by testing every stored key against
 * the request's attributes, which makes N creates cost N² matches. This keeps every stored key
 * indexed by its type (plural), namespace and name, and answers those look-ups from the index,
 * testing the same attributes on the few keys found. Everything else — resourceVersions, watches
 * and their events, label and field selectors, lists, finalizers, status subresources — stays the
 * parent's: every change still goes through {@link #processEvent}, which the index follows.
 *
 * <p>It also counts the changes to each type, so callers can cache what they derive from a type's
 * objects (the custom types of the stored CustomResourceDefinitions) until the type changes.
 */
public final class IndexedCrudDispatcher extends KubernetesCrudDispatcher {
  private static final String PLURAL = KubernetesAttributesExtractor.PLURAL;
  private static final String NAMESPACE = KubernetesAttributesExtractor.NAMESPACE;
  private static final String NAME = KubernetesAttributesExtractor.NAME;

  private final Map<Identity, Set<AttributeSet>> byIdentity = new ConcurrentHashMap<>();
  private final Map<NameInType, Set<AttributeSet>> byName = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> changes = new ConcurrentHashMap<>();

  public IndexedCrudDispatcher() {
    super(List.of());
  }

  /** How many changes objects of {@code plural} (e.g. {@code customresourcedefinitions}) had. */
  public long changes(String plural) {
    AtomicLong count = changes.get(plural);
    return count == null ? 0 : count.get();
  }

  @Override
  public void processEvent(
      String path,
      AttributeSet pathAttributes,
      AttributeSet oldAttributes,
      GenericKubernetesResource resource,
      String newState) {
    // the new key goes in before the watchers hear of the change (a watcher that GETs the object
    // it was told of must find it: a 404 there made the simulator drop a new Job for good), and
    // before the old one comes out, so a reader never finds neither
    if (newState != null) {
      add(storedKey(pathAttributes, resource, newState));
    }
    super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
    if (oldAttributes != null && !getMap().containsKey(oldAttributes)) {
      remove(oldAttributes);
    }
    String plural = value(oldAttributes != null ? oldAttributes : pathAttributes, PLURAL);
    if (plural != null) {
      changes.computeIfAbsent(plural, p -> new AtomicLong()).incrementAndGet();
    }
  }

  /** The key the parent stored {@code newState} under (the same computation as its own). */
  private AttributeSet storedKey(
      AttributeSet pathAttributes, GenericKubernetesResource resource, String newState) {
    KubernetesAttributesExtractor extractor =
        (KubernetesAttributesExtractor) getAttributeExtractor();
    AttributeSet key =
        resource != null ? extractor.extract(resource) : extractor.fromResource(newState);
    if (!key.containsKey(PLURAL)) {
      key = AttributeSet.merge(pathAttributes, key);
    }
    return key;
  }

  @Override
  public Map.Entry<AttributeSet, String> findResource(AttributeSet query) {
    Optional<Set<AttributeSet>> candidates = candidates(query);
    if (candidates.isEmpty()) {
      return super.findResource(query);
    }
    for (AttributeSet key : candidates.get()) {
      String value = getMap().get(key);
      if (value != null && key.matches(query)) {
        return new AbstractMap.SimpleImmutableEntry<>(key, value);
      }
    }
    return null;
  }

  /**
   * A GET of one object is answered from the index (200 with the object, or 404 as the parent
   * answers); lists and watches go to the parent.
   */
  @Override
  public MockResponse handleGet(String path) {
    if (path.contains("watch=")) {
      return super.handleGet(path);
    }
    AttributeSet query = getAttributeExtractor().fromPath(path);
    Optional<Set<AttributeSet>> candidates = candidates(query);
    if (candidates.isEmpty()) {
      return super.handleGet(path);
    }
    for (AttributeSet key : candidates.get()) {
      String value = getMap().get(key);
      if (value == null) {
        return super.handleGet(path); // changing under us: ask the parent, under its lock
      }
      if (key.matches(query)) {
        return new MockResponse().setResponseCode(200).setBody(value);
      }
    }
    return new MockResponse().setResponseCode(404);
  }

  @Override
  public void reset() {
    super.reset();
    byIdentity.clear();
    byName.clear();
  }

  /**
   * The stored keys that can match {@code query}, when the query names one object of one type by
   * equality; empty when it does not (a list, a selector on the name), so the parent scans.
   */
  private Optional<Set<AttributeSet>> candidates(AttributeSet query) {
    Attribute plural = query.getAttribute(PLURAL);
    Attribute name = query.getAttribute(NAME);
    Attribute namespace = query.getAttribute(NAMESPACE);
    if (!isEquality(plural) || !isEquality(name) || (namespace != null && !isEquality(namespace))) {
      return Optional.empty();
    }
    Set<AttributeSet> found =
        namespace == null
            ? byName.get(new NameInType(plural, name))
            : byIdentity.get(new Identity(plural, namespace, name));
    return Optional.of(found == null ? Set.of() : found);
  }

  private void add(AttributeSet key) {
    Attribute plural = key.getAttribute(PLURAL);
    Attribute name = key.getAttribute(NAME);
    if (plural == null || name == null) {
      return;
    }
    byIdentity
        .computeIfAbsent(
            new Identity(plural, key.getAttribute(NAMESPACE), name),
            k -> ConcurrentHashMap.newKeySet())
        .add(key);
    byName
        .computeIfAbsent(new NameInType(plural, name), k -> ConcurrentHashMap.newKeySet())
        .add(key);
  }

  private void remove(AttributeSet key) {
    Attribute plural = key.getAttribute(PLURAL);
    Attribute name = key.getAttribute(NAME);
    if (plural == null || name == null) {
      return;
    }
    Identity identity = new Identity(plural, key.getAttribute(NAMESPACE), name);
    byIdentity.computeIfPresent(identity, (k, keys) -> without(keys, key));
    byName.computeIfPresent(new NameInType(plural, name), (k, keys) -> without(keys, key));
  }

  private static Set<AttributeSet> without(Set<AttributeSet> keys, AttributeSet key) {
    keys.remove(key);
    return keys.isEmpty() ? null : keys;
  }

  private static boolean isEquality(Attribute attribute) {
    return attribute != null
        && attribute.getType() == AttributeType.WITH
        && attribute.getValues().size() == 1;
  }

  private static String value(AttributeSet attributes, String key) {
    Attribute attribute = attributes == null ? null : attributes.getAttribute(key);
    return attribute == null || attribute.getValues().isEmpty()
        ? null
        : attribute.getValues().get(0).toString();
  }

  /** One object: its type, namespace (null when cluster-scoped) and name. */
  private record Identity(Attribute plural, Attribute namespace, Attribute name) {}

  /** Objects of one type with one name, in any namespace. */
  private record NameInType(Attribute plural, Attribute name) {}
}
