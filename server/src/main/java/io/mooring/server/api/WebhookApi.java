package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.webhook.WebhookReceiver;
import io.mooring.server.webhook.WebhookRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code POST /api/webhook}: reads the body within the size limit and hands it on. */
final class WebhookApi {
  private final WebhookReceiver receiver;
  private final long maxPayloadBytes;

  WebhookApi(WebhookReceiver receiver, long maxPayloadBytes) {
    this.receiver = receiver;
    this.maxPayloadBytes = maxPayloadBytes;
  }

  void receive(Context ctx) {
    byte[] body = boundedBody(ctx);
    int dispatched = receiver.receive(new WebhookRequest(ctx.headerMap(), body));
    Json.ok(ctx, Map.of("dispatched", dispatched));
  }

  private byte[] boundedBody(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxPayloadBytes) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int read;
      while ((read = in.read(buffer)) >= 0) {
        total += read;
        if (total > maxPayloadBytes) {
          throw tooLarge();
        }
        out.write(buffer, 0, read);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("webhook body could not be read", e);
    }
  }

  private ApiException tooLarge() {
    return ApiException.tooLarge(
        "webhook payload is larger than the limit of " + maxPayloadBytes + " bytes");
  }
}
