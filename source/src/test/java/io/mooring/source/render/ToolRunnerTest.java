package io.mooring.source.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolRunnerTest {
  @TempDir Path dir;

  @Test
  void toolRunningPastItsDeadlineIsKilledWithItsChildren() throws Exception {
    Path pidFile = dir.resolve("child.pid");
    ToolRunner runner = new ToolRunner(Duration.ofMillis(500), 1 << 20);
    ToolRunner.Invocation sleeper =
        new ToolRunner.Invocation(
            List.of("sh", "-c", "sleep 60 & echo $! > " + pidFile + "; wait"), dir, Map.of());

    assertThatThrownBy(() -> runner.run(sleeper))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("did not finish within")
        .extracting(e -> ((SourceException) e).reason())
        .isEqualTo(Reason.TOOL_TIMEOUT);
    long child = Long.parseLong(Files.readString(pidFile).trim());
    org.awaitility.Awaitility.await()
        .until(() -> ProcessHandle.of(child).map(p -> !p.isAlive()).orElse(true));
  }

  @Test
  void failingToolReportsItsOwnMessage() {
    ToolRunner runner = new ToolRunner(Duration.ofSeconds(30), 1 << 20);
    assertThatThrownBy(
            () ->
                runner.run(
                    new ToolRunner.Invocation(
                        List.of("sh", "-c", "echo 'accumulating resources: boom' >&2; exit 3"),
                        dir,
                        Map.of())))
        .hasMessageContaining("exit 3")
        .hasMessageContaining("accumulating resources: boom");
  }

  @Test
  void toolSeesTheBuildEnvironment() throws Exception {
    ToolRunner runner = new ToolRunner(Duration.ofSeconds(30), 1 << 20);
    String out =
        runner.run(
            new ToolRunner.Invocation(
                List.of("sh", "-c", "echo $ARGOCD_APP_NAME"),
                dir,
                Map.of("ARGOCD_APP_NAME", "web")));
    assertThat(out.trim()).isEqualTo("web");
  }
}
