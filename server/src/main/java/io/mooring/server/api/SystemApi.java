package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.server.ReadinessCheck;
import io.mooring.server.http.ErrorCode;
import io.mooring.server.http.Json;
import io.mooring.server.metrics.ServerMetrics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Version, liveness, readiness and metrics. */
final class SystemApi {
  private final String version;
  private final ReadinessCheck readiness;
  private final ServerMetrics metrics;

  SystemApi(String version, ReadinessCheck readiness, ServerMetrics metrics) {
    this.version = version;
    this.readiness = readiness;
    this.metrics = metrics;
  }

  /** {@code GET /api/version}: Argo CD's field names. */
  void version(Context ctx) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("Version", version);
    body.put("Platform", System.getProperty("os.name") + "/" + System.getProperty("os.arch"));
    body.put("JavaVersion", Runtime.version().toString());
    Json.ok(ctx, body);
  }

  /** {@code GET /healthz}: the process answers. */
  void healthz(Context ctx) {
    ctx.contentType("text/plain").result("ok");
  }

  /** {@code GET /readyz}: 200 once ready, else 503 with the reason. */
  void readyz(Context ctx) {
    Optional<String> reason = readiness.notReadyReason();
    if (reason.isEmpty()) {
      ctx.contentType("text/plain").result("ok");
    } else {
      Json.write(
          ctx,
          ErrorCode.UNAVAILABLE.httpStatus(),
          Map.of(
              "error",
              reason.get(),
              "message",
              reason.get(),
              "code",
              ErrorCode.UNAVAILABLE.grpcCode()));
    }
  }

  /** {@code GET /metrics}: Prometheus text format. */
  void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }
}
