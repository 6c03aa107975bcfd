package io.mooring.server.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import io.mooring.model.ModelParseException;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.ModelValidation;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns AppProject request bodies ({@code {project: {...}, upsert}} as Argo CD's
 * ProjectCreateRequest and ProjectUpdateRequest) into model objects, validated with the model's
 * AppProject rules and the role rules, every problem named by its field. Pure: no I/O.
 */
public final class ProjectRequests {
  private ProjectRequests() {}

  /** The project in {@code body.project} ({@code apiVersion} and {@code kind} optional). */
  public static AppProject project(JsonNode body) {
    JsonNode payload = body.get("project");
    if (payload == null || !payload.isObject()) {
      throw ApiException.invalid("missing payload 'project' in request");
    }
    ObjectNode document = payload.deepCopy();
    if (!document.hasNonNull("apiVersion")) {
      document.put("apiVersion", "argoproj.io/v1alpha1");
    }
    if (!document.hasNonNull("kind")) {
      document.put("kind", "AppProject");
    }
    String name = document.path("metadata").path("name").asText("");
    String what = "AppProject" + (name.isEmpty() ? "" : " " + name);
    List<String> problems = new ArrayList<>(ModelValidation.problems(document, what));
    AppProject project = null;
    try {
      project = ModelCodec.bind(new ModelDocument(what, 0, document), AppProject.class);
      problems.addAll(ProjectRoleRules.problems(project));
    } catch (ModelParseException e) {
      if (problems.isEmpty()) {
        problems.add(e.path() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(what + " is invalid: " + String.join("; ", problems));
    }
    return project;
  }

  /** The name of the project in a request body, or "" when there is none. */
  public static String nameIn(JsonNode body) {
    return body.path("project").path("metadata").path("name").asText("");
  }
}
