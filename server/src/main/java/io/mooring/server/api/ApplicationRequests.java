package io.mooring.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.operation.SyncOrder;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import io.mooring.model.ModelParseException;
import io.mooring.model.SyncOperationResource;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.ModelValidation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Turns Application request bodies into model objects: an Application to create (validated with the
 * model's rules and messages) and Argo CD's {@code ApplicationSyncRequest} into a {@link
 * SyncOrder}. Pure: no I/O.
 */
final class ApplicationRequests {
  private ApplicationRequests() {}

  /** The Application in a create or update body ({@code apiVersion} and {@code kind} optional). */
  static Application application(JsonNode body) {
    ObjectNode document = body.deepCopy();
    if (!document.hasNonNull("apiVersion")) {
      document.put("apiVersion", "argoproj.io/v1alpha1");
    }
    if (!document.hasNonNull("kind")) {
      document.put("kind", "Application");
    }
    String name = document.path("metadata").path("name").asText("");
    String what = "Application" + (name.isEmpty() ? "" : " " + name);
    ModelValidation.requireValid(document, what);
    try {
      Application app = ModelCodec.bind(new ModelDocument(what, 0, document), Application.class);
      app.status = null;
      app.metadata.resourceVersion = null;
      return app;
    } catch (ModelParseException e) {
      throw ApiException.invalid(what + " is invalid: " + e.path() + ": " + e.getMessage());
    }
  }

  /**
   * Argo CD's sync request: {@code revision}, {@code prune}, {@code dryRun}, {@code resources[]}
   * (group, kind, namespace, name) and {@code syncOptions.items[]}.
   */
  static SyncOrder syncOrder(JsonNode body) {
    EnumSet<SyncOrder.Flag> flags = EnumSet.noneOf(SyncOrder.Flag.class);
    if (body.path("prune").asBoolean(false)) {
      flags.add(SyncOrder.Flag.PRUNE);
    }
    if (body.path("dryRun").asBoolean(false)) {
      flags.add(SyncOrder.Flag.DRY_RUN);
    }
    String revision = body.path("revision").asText("");
    List<SyncOperationResource> resources = new ArrayList<>();
    for (JsonNode resource : body.path("resources")) {
      if (resource.path("kind").asText("").isEmpty()
          || resource.path("name").asText("").isEmpty()) {
        throw ApiException.invalid("each entry of 'resources' needs 'kind' and 'name'");
      }
      resources.add(ModelCodec.jsonMapper().convertValue(resource, SyncOperationResource.class));
    }
    List<String> options = new ArrayList<>();
    body.path("syncOptions").path("items").forEach(item -> options.add(item.asText()));
    return new SyncOrder(revision.isBlank() ? null : revision, flags, resources, options);
  }
}
