package io.mooring.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.diff.DiffOptions;
import io.mooring.engine.diff.DiffResult;
import io.mooring.engine.diff.Differ;
import io.mooring.engine.diff.IgnoreDifferences;
import io.mooring.engine.diff.IgnoreDifferencesFormatException;
import io.mooring.engine.diff.IgnoreDifferencesReader;
import io.mooring.engine.resource.ManifestDocument;
import io.mooring.engine.resource.ManifestParseException;
import io.mooring.engine.resource.ManifestReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring admin diff}: compares a desired object with a live one as Argo CD would. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the object in DESIRED (as rendered from Git) with the object in LIVE (as read from"
          + " the cluster, e.g. kubectl get -o yaml) the way Argo CD decides OutOfSync: server-filled"
          + " fields and defaults are not drift, quantities compare by value, and when LIVE carries"
          + " kubectl's last-applied-configuration the comparison is three-way.",
      "Prints a unified diff (YAML, sorted keys) from live to desired; Secret values are masked."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:in sync",
      "1:modified (applying DESIRED would change LIVE)",
      "2:error: a file is missing or unreadable, or an argument is wrong"
    })
public final class DiffCommand implements Callable<Integer> {
  private static final int IN_SYNC = ExitCodes.OK;
  private static final int MODIFIED = 1;
  private static final int ERROR = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DESIRED", description = "File with the desired object.")
  Path desired;

  @Parameters(index = "1", paramLabel = "LIVE", description = "File with the live object.")
  Path live;

  @Option(
      names = "--ignore-differences",
      paramLabel = "FILE",
      description =
          "YAML or JSON list of rules in an Application's spec.ignoreDifferences format"
              + " ('*' allowed for group and kind).")
  Path ignoreDifferences;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description =
          "Output format: text (default, the unified diff) or json ({\"modified\",\"diff\"}).")
  OutputFormat output = OutputFormat.text;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output == OutputFormat.yaml) {
      err.println("error: --output: diff prints text or json, not yaml");
      return ERROR;
    }
    DiffResult result;
    try {
      List<IgnoreDifferences> rules =
          ignoreDifferences == null
              ? List.of()
              : IgnoreDifferencesReader.read(ignoreDifferences.toString(), read(ignoreDifferences));
      result =
          Differ.diff(
              oneObject(desired),
              oneObject(live),
              DiffOptions.DEFAULT.withIgnoreDifferences(rules));
    } catch (InputException | ManifestParseException | IgnoreDifferencesFormatException e) {
      err.println("error: " + e.getMessage());
      return ERROR;
    }
    if (output == OutputFormat.json) {
      ObjectNode json = JSON.createObjectNode();
      json.put("modified", result.modified());
      json.put("diff", result.unifiedDiff());
      out.println(JSON.writeValueAsString(json));
    } else {
      out.print(result.unifiedDiff());
    }
    out.flush();
    return result.modified() ? MODIFIED : IN_SYNC;
  }

  private static ObjectNode oneObject(Path file) throws InputException, ManifestParseException {
    List<ManifestDocument> documents = ManifestReader.read(file.toString(), read(file));
    if (documents.size() != 1) {
      throw new InputException(
          file
              + ": holds "
              + documents.size()
              + " objects; diff compares exactly one desired object with one live object");
    }
    return documents.get(0).object();
  }

  private static String read(Path file) throws InputException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** A command-line input that cannot be used; its message names the file. */
  private static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }
}
