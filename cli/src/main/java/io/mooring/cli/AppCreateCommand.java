package io.mooring.cli;

import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.ApplicationsApi.CreateMode;
import io.mooring.model.Application;
import io.mooring.model.ApplicationSpec;
import io.mooring.model.ModelCodec;
import io.mooring.model.ObjectMeta;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring app create [NAME]}: an Application from {@code -f FILE} and/or argocd's flags (the
 * flags win over the file); the server validates it and checks it against its project.
 */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Creates an Application from a manifest (-f) and/or flags; flags override the manifest.",
      "The server checks the result and names the field when something is wrong."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring app create guestbook --repo https://github.com/argoproj/argocd-example-apps \\",
      "      --path guestbook --dest-server https://kubernetes.default.svc --dest-namespace web",
      "  mooring app create -f guestbook.yaml --upsert",
      "  mooring app create shop --repo URL --path charts/shop --helm-set replicas=3 \\",
      "      --dest-name prod --dest-namespace shop --sync-policy automated --self-heal"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:created, updated or unchanged",
      "1:refused by the server (its message names the field)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class AppCreateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..1",
      description = "The Application's name (default: metadata.name of the file).")
  String name;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "An Application manifest (YAML or JSON).")
  Path file;

  @Option(
      names = "--upsert",
      description = "Replace an existing Application of that name whose spec differs.")
  boolean upsert;

  @Option(
      names = {"-l", "--label"},
      paramLabel = "KEY=VALUE",
      description = "A label of the Application (repeatable).")
  List<String> labels = new ArrayList<>();

  @Mixin AppSpecFlags flags;

  @Override
  public Integer call() throws IOException {
    Application app = file == null ? new Application() : ApplicationFile.read(file);
    app.apiVersion = Objects.requireNonNullElse(app.apiVersion, "argoproj.io/v1alpha1");
    app.kind = Objects.requireNonNullElse(app.kind, "Application");
    if (app.metadata == null) {
      app.metadata = new ObjectMeta();
    }
    if (name != null) {
      app.metadata.name = name;
    }
    if (app.metadata.name == null || app.metadata.name.isBlank()) {
      throw new FlagException("give the Application's NAME, or -f FILE with metadata.name");
    }
    if (app.spec == null) {
      app.spec = new ApplicationSpec();
    }
    flags.applyTo(app.spec);
    if (app.spec.project == null || app.spec.project.isBlank()) {
      app.spec.project = "default";
    }
    addLabels(app.metadata);
    app.status = null;
    ApplicationsApi apps = new ApplicationsApi(connection.client());
    Optional<Application> before = apps.find(app.metadata.name);
    Application created = apps.create(app, upsert ? CreateMode.UPSERT : CreateMode.CREATE);
    String outcome =
        before.isEmpty()
            ? "created"
            : sameDefinition(before.get(), created) ? "unchanged" : "updated";
    spec.commandLine().getOut().println("application '" + created.metadata.name + "' " + outcome);
    return ExitCodes.OK;
  }

  /** Same spec, labels and annotations (status writes by the controller do not count). */
  private static boolean sameDefinition(Application before, Application after) {
    return ModelCodec.toTree(before.spec).equals(ModelCodec.toTree(after.spec))
        && Objects.equals(before.metadata.labels, after.metadata.labels)
        && Objects.equals(before.metadata.annotations, after.metadata.annotations);
  }

  private void addLabels(ObjectMeta metadata) {
    if (labels.isEmpty()) {
      return;
    }
    Map<String, String> all =
        metadata.labels == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metadata.labels);
    for (String label : labels) {
      Map.Entry<String, String> entry = KeyValues.parse("--label", label);
      all.put(entry.getKey(), entry.getValue());
    }
    metadata.labels = all;
  }
}
