package io.mooring.model.validation;

import io.mooring.model.ApiVersions;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import io.mooring.model.ModelParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates the Application and AppProject documents in a file's text. Documents of other kinds (a
 * Deployment next to an Application, say) are not Mooring's to judge and are skipped; a document
 * that claims Argo CD's group or one of its kinds is checked strictly.
 */
public final class ManifestValidator {
  private ManifestValidator() {}

  /** The outcome for one file: how many documents were checked, and every problem found. */
  public record Result(int checkedDocuments, List<Problem> problems) {}

  /**
   * Validates every Application/AppProject document in {@code text}; {@code file} names it in
   * messages.
   */
  public static Result validate(String file, String text) {
    List<ModelDocument> documents;
    try {
      documents = ModelCodec.readDocuments(file, text);
    } catch (ModelParseException e) {
      return new Result(0, List.of(new Problem(file, e.document(), e.path(), e.getMessage())));
    }
    List<Problem> problems = new ArrayList<>();
    int checked = 0;
    for (ModelDocument document : documents) {
      if (!isArgoDocument(document)) {
        continue;
      }
      checked++;
      problems.addAll(validate(document));
    }
    return new Result(checked, problems);
  }

  /** Validates one document already read. */
  public static List<Problem> validate(ModelDocument document) {
    ProblemList problems = new ProblemList(document.source(), document.index());
    if (!document.tree().isObject()) {
      problems.add("", "expected an object, found " + document.tree().getNodeType());
      return problems.problems();
    }
    String kind = document.kind();
    if (!ApiVersions.V1ALPHA1.equals(document.apiVersion())) {
      problems.add(
          "apiVersion",
          "'"
              + document.apiVersion()
              + "' is not supported for kind "
              + kind
              + "; use "
              + ApiVersions.V1ALPHA1);
      return problems.problems();
    }
    try {
      switch (kind) {
        case ApiVersions.APPLICATION ->
            ApplicationRules.check(ModelCodec.bind(document, Application.class), problems);
        case ApiVersions.APP_PROJECT ->
            AppProjectRules.check(ModelCodec.bind(document, AppProject.class), problems);
        default ->
            problems.add(
                "kind",
                "'" + kind + "' is not a kind Mooring validates; use Application or AppProject");
      }
    } catch (ModelParseException e) {
      problems.add(e.path(), e.getMessage());
    }
    return problems.problems();
  }

  private static boolean isArgoDocument(ModelDocument document) {
    String kind = document.kind();
    return kind.equals(ApiVersions.APPLICATION)
        || kind.equals(ApiVersions.APP_PROJECT)
        || document.apiVersion().startsWith(ApiVersions.GROUP + "/")
        || !document.tree().isObject();
  }
}
