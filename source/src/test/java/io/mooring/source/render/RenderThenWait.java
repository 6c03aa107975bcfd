package io.mooring.source.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A process for {@link EmbeddedHelmSignalsProcessTest}: renders a chart with embedded Helm, says so
 * on stdout, and waits to be stopped; its shutdown hook says when it runs.
 */
public final class RenderThenWait {
  private RenderThenWait() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    Path chart = Files.createDirectories(work.resolve("chart/templates")).getParent();
    Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: probe\nversion: 0.1.0\n");
    Files.writeString(
        chart.resolve("templates/config.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran"), "probe-hook"));
    String rendered =
        new EmbeddedHelm()
            .template(
                new HelmTemplateRequest(
                    work,
                    chart,
                    new HelmTemplateRequest.Release(
                        "signals", "", "v1.32.0", List.of(), HelmTemplateRequest.Crds.INCLUDE),
                    new HelmTemplateRequest.Values(List.of(), List.of(), List.of()),
                    Map.of(),
                    RenderLimits.defaults()));
    System.out.println(rendered.contains("name: signals") ? "rendered" : "unexpected: " + rendered);
    System.out.flush();
    while (true) {
      Thread.sleep(60_000);
    }
  }
}
