package io.mooring.cli;

import io.mooring.engine.health.custom.CustomizationsDirectory;
import io.mooring.engine.health.custom.HealthCustomizationException;
import io.mooring.engine.health.custom.HealthTestCase;
import io.mooring.engine.health.custom.HealthTestOutcome;
import io.mooring.engine.health.custom.HealthTestRunner;
import io.mooring.engine.health.lua.LuaHealthEvaluator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring admin health test DIR}: runs the health_test.yaml files of a directory. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every health_test.yaml under DIR (Argo CD's format: tests: [{healthStatus: {status,"
          + " message}, inputPath}]) against the health.lua beside it.",
      "Prints one line per failing case, then 'N passed, M failed'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case passed",
      "1:a case failed, or a test file, script or input could not be read"
    })
public final class HealthTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Customizations directory.")
  Path directory;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<HealthTestCase> cases;
    try {
      cases = new CustomizationsDirectory(directory).testCases();
    } catch (HealthCustomizationException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    List<HealthTestOutcome> outcomes =
        new HealthTestRunner(LuaHealthEvaluator.withDefaultLimits()).run(cases);
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    outcomes.stream().filter(o -> !o.passed()).forEach(o -> out.println(o.describeFailure()));
    out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
