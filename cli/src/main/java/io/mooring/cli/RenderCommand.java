package io.mooring.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import io.mooring.model.ModelParseException;
import io.mooring.source.GeneratorSettings;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.ManifestRequest;
import io.mooring.source.RenderedManifests;
import io.mooring.source.SourceException;
import io.mooring.source.credentials.CredentialSecrets;
import io.mooring.source.credentials.RepoCredentialStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring admin render}: renders an Application's source(s) exactly as the controller will
 * and prints the manifests as multi-document YAML, sorted by group, kind, namespace and name.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Renders the manifests of an Application (directory, Kustomize or Helm, one or more sources)"
          + " and prints them as multi-document YAML in a stable order.",
      "repoURL may be any Git URL, including file://."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:rendered",
      "1:the repository, revision or render failed (the error says where and why)",
      "2:usage error, or APP.yaml holds no Application"
    })
public final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "APP.yaml", description = "File holding the Application.")
  Path appFile;

  @Option(
      names = "--revision",
      paramLabel = "REV",
      description =
          "Revision to render instead of targetRevision; repeat once per source for multi-source"
              + " Applications.")
  List<String> revisions = List.of();

  @Option(
      names = "--repo-creds",
      paramLabel = "FILE",
      description =
          "YAML file of Argo CD repository Secrets (secret-type repository or repo-creds).")
  Path repoCreds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Application> application = readApplication(err);
    if (application.isEmpty()) {
      return ExitCodes.USAGE;
    }
    RepoCredentialStore credentials =
        repoCreds == null
            ? RepoCredentialStore.empty()
            : CredentialSecrets.read(repoCreds.toString(), Files.readString(repoCreds));
    Path cacheDir = Files.createTempDirectory("mooring-render-cache-");
    try (ManifestGenerator generator =
        new ManifestGenerator(GeneratorSettings.defaults(cacheDir), credentials)) {
      ManifestRequest request =
          ManifestRequest.forApplication(application.get()).withRevisions(revisions);
      RenderedManifests rendered = generator.generate(request);
      print(out, rendered.sortedManifests());
      return ExitCodes.OK;
    } catch (SourceException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FAILURE;
    } finally {
      deleteRecursively(cacheDir);
    }
  }

  private Optional<Application> readApplication(PrintWriter err) throws IOException {
    if (!Files.isRegularFile(appFile)) {
      err.println("error: " + appFile + ": no such file");
      return Optional.empty();
    }
    try {
      String text = Files.readString(appFile, StandardCharsets.UTF_8);
      for (ModelDocument document : ModelCodec.readDocuments(appFile.toString(), text)) {
        if (document.kind().equals("Application")) {
          return Optional.of(ModelCodec.bind(document, Application.class));
        }
      }
      err.println("error: " + appFile + ": no document of kind Application");
    } catch (ModelParseException e) {
      err.println("error: " + e.getMessage());
    }
    return Optional.empty();
  }

  private static void print(PrintWriter out, List<ObjectNode> manifests) {
    for (ObjectNode manifest : manifests) {
      out.println("---");
      out.print(ModelCodec.toYaml(manifest));
    }
    out.flush();
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
