package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.server.ServerOptions;
import io.mooring.server.TestServer;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web UI served at / from the ui module's jar, without a token and beside the API. */
class StaticUiTest {
  private static final Pattern SCRIPT = Pattern.compile("assets/[A-Za-z0-9_.-]+\\.js");
  private static final Pattern STYLE = Pattern.compile("assets/[A-Za-z0-9_.-]+\\.css");

  @Test
  void theIndexIsServedAtTheRootAsHtmlThatIsNeverCached() {
    try (TestServer server = TestServer.start(s -> {})) {
      HttpResponse<String> index = server.get("/", null);

      assertThat(index.statusCode()).isEqualTo(200);
      assertThat(contentType(index)).isEqualTo("text/html;charset=utf-8");
      assertThat(index.headers().firstValue("Cache-Control")).hasValue("no-cache");
      assertThat(index.body()).contains("<div id=\"root\">").contains("<title>Mooring</title>");
      assertThat(server.get("/index.html", null).body()).isEqualTo(index.body());
    }
  }

  @Test
  void theAssetsTheIndexNamesAreServedWithTheirTypesAndCachedForAYear() {
    try (TestServer server = TestServer.start(s -> {})) {
      String index = server.get("/", null).body();
      String script = find(SCRIPT, index);
      String style = find(STYLE, index);

      HttpResponse<String> js = server.get("/" + script, null);
      HttpResponse<String> css = server.get("/" + style, null);

      assertThat(js.statusCode()).isEqualTo(200);
      assertThat(contentType(js)).isEqualTo("text/javascript;charset=utf-8");
      assertThat(js.headers().firstValue("Cache-Control"))
          .hasValue("public, max-age=31536000, immutable");
      assertThat(js.body()).isNotBlank();
      assertThat(css.statusCode()).isEqualTo(200);
      assertThat(contentType(css)).isEqualTo("text/css;charset=utf-8");
    }
  }

  @Test
  void aMissingAssetIsNotFoundAndPathsCannotLeaveTheUiFolder() {
    try (TestServer server = TestServer.start(s -> {})) {
      assertThat(server.get("/assets/no-such-file.js", null).statusCode()).isEqualTo(404);
      assertThat(
              server
                  .get("/assets/..%2F..%2Fio%2Fmooring%2Fserver%2FApiServer.class", null)
                  .statusCode())
          .isEqualTo(404);
      assertThat(server.get("/assets/.hidden", null).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void theUiDoesNotShadowTheApiMetricsOrHealth() {
    try (TestServer server = TestServer.start(s -> {})) {
      assertThat(server.get("/healthz", null).statusCode()).isEqualTo(200);
      assertThat(server.get("/api/version", null).body()).contains("v0.1.0-test");
      assertThat(server.get("/metrics", null).statusCode()).isEqualTo(401);
      HttpResponse<String> unknownApi = server.get("/api/v1/no-such-thing", null);
      assertThat(unknownApi.statusCode()).isEqualTo(404);
      assertThat(unknownApi.body()).doesNotContain("<div id=\"root\">");
    }
  }

  @Test
  void withoutTheUiJarTheRootSaysTheUiWasNotBuilt() {
    ServerOptions noUi = ServerOptions.defaults("v0.1.0-test").withUiRoot("no-ui-in-this-build");
    try (TestServer server = TestServer.start(s -> {}, noUi)) {
      HttpResponse<String> root = server.get("/", null);

      assertThat(root.statusCode()).isEqualTo(200);
      assertThat(contentType(root)).isEqualTo("text/plain;charset=utf-8");
      assertThat(root.body()).contains("web UI is not part of this build");
      assertThat(server.get("/assets/index.js", null).statusCode()).isEqualTo(404);
    }
  }

  /** The Content-Type without optional spaces (Jetty writes {@code text/html;charset=utf-8}). */
  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("").replace(" ", "");
  }

  private static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
    return matcher.group();
  }
}
