package io.mooring.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.validation.ManifestValidator;
import io.mooring.model.validation.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring admin validate}: checks Application and AppProject manifests offline. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates every Application and AppProject document in the given files and directories"
          + " (directories are searched recursively for *.yaml, *.yml and *.json).",
      "Prints one line per problem: FILE: document N: FIELD: what is wrong."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all documents are valid",
      "1:at least one problem was found",
      "2:usage error, or a path that does not exist"
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Files or directories to check.")
  List<Path> paths;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "Output format: text (default) or json (one JSON object per problem).")
  OutputFormat output = OutputFormat.text;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("error: " + path + ": no such file or directory");
        return ExitCodes.USAGE;
      }
      files.addAll(manifestFiles(path));
    }
    int problems = 0;
    int documents = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      ManifestValidator.Result result = ManifestValidator.validate(file.toString(), text);
      documents += result.checkedDocuments();
      for (Problem problem : result.problems()) {
        out.println(output == OutputFormat.json ? json(problem) : problem.toString());
        problems++;
      }
    }
    if (output == OutputFormat.text) {
      err.println(summary(files.size(), documents, problems));
    }
    return problems == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private static List<Path> manifestFiles(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(ValidateCommand::isManifestName)
          .sorted()
          .toList();
    }
  }

  private static boolean isManifestName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static String json(Problem problem) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("file", problem.file());
    node.put("document", problem.document());
    node.put("path", problem.path());
    node.put("message", problem.message());
    return node.toString();
  }

  private static String summary(int files, int documents, int problems) {
    String checked =
        documents
            + " Application/AppProject document"
            + (documents == 1 ? "" : "s")
            + " in "
            + files
            + " file"
            + (files == 1 ? "" : "s");
    return problems == 0
        ? "valid: " + checked
        : problems + " problem" + (problems == 1 ? "" : "s") + " in " + checked;
  }
}
