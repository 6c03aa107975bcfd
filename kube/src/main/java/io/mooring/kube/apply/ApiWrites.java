package io.mooring.kube.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.FieldValidateable.Validation;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.mooring.kube.error.KubeError;
import io.mooring.kube.error.KubeErrors;
import io.mooring.kube.error.KubeException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The individual API calls apply is made of (get, create, merge patch, update, server-side apply,
 * delete), each turning fabric8 failures into classified {@link KubeException}s.
 */
final class ApiWrites {
  private final ObjectConversion conversion;

  ApiWrites(ObjectConversion conversion) {
    this.conversion = conversion;
  }

  /** The live object, or null when it does not exist. */
  ObjectNode get(ResourceHandle handle) {
    return call("get " + handle.describe(), () -> conversion.toObject(handle.resource().get()));
  }

  ObjectNode create(ResourceHandle handle, ObjectNode object, ApplyOptions options) {
    GenericKubernetesResource item = conversion.toResource(object);
    return call(
        "create " + handle.describe(),
        () -> conversion.toObject(writable(handle, item, options).create()));
  }

  ObjectNode update(ResourceHandle handle, ObjectNode object, ApplyOptions options) {
    GenericKubernetesResource item = conversion.toResource(object);
    return call(
        "replace " + handle.describe(),
        () -> conversion.toObject(writable(handle, item, options).update()));
  }

  ObjectNode mergePatch(ResourceHandle handle, ObjectNode patch, ApplyOptions options) {
    PatchContext.Builder context =
        new PatchContext.Builder()
            .withPatchType(PatchType.JSON_MERGE)
            .withFieldManager(options.fieldManager())
            .withFieldValidation(validation(options).parameterValue());
    if (options.dryRun()) {
      context.withDryRun(List.of("All"));
    }
    return call(
        "patch " + handle.describe(),
        () -> conversion.toObject(handle.resource().patch(context.build(), patch.toString())));
  }

  ObjectNode serverSideApply(ResourceHandle handle, ObjectNode object, ApplyOptions options) {
    GenericKubernetesResource item = conversion.toResource(object);
    String action = "server-side apply " + handle.describe();
    try {
      var apply = writable(handle, item, options).fieldManager(options.fieldManager());
      if (options.force()) {
        apply = apply.forceConflicts();
      }
      return conversion.toObject(apply.serverSideApply());
    } catch (KubernetesClientException e) {
      throw KubeErrors.classifyApply(action, e);
    }
  }

  DeleteOutcome delete(ResourceHandle handle, DeletePropagation propagation) {
    var details =
        call(
            "delete " + handle.describe(),
            () ->
                handle
                    .resource()
                    .withPropagationPolicy(DeletionPropagation.valueOf(propagation.name()))
                    .delete());
    return details.isEmpty() ? DeleteOutcome.NOT_FOUND : DeleteOutcome.DELETED;
  }

  /** Waits (watching, not polling blindly) until the object is gone. */
  void awaitGone(ResourceHandle handle, Duration timeout) {
    try {
      handle
          .resource()
          .waitUntilCondition(Objects::isNull, timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (KubernetesClientTimeoutException e) {
      throw new KubeException(
          KubeError.TIMEOUT,
          handle.describe() + " was still present " + timeout.toSeconds() + " s after deletion",
          e);
    } catch (KubernetesClientException e) {
      throw KubeErrors.classify("wait for deletion of " + handle.describe(), e);
    }
  }

  private static NonDeletingOperation<GenericKubernetesResource> writable(
      ResourceHandle handle, GenericKubernetesResource item, ApplyOptions options) {
    return handle.resource(item).dryRun(options.dryRun()).fieldValidation(validation(options));
  }

  private static Validation validation(ApplyOptions options) {
    return options.validate() ? Validation.STRICT : Validation.IGNORE;
  }

  private static <T> T call(String action, Supplier<T> request) {
    try {
      return request.get();
    } catch (KubernetesClientException e) {
      throw KubeErrors.classify(action, e);
    }
  }
}
