package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationJsonCacheTest {
  private final ApplicationJsonCache cache = new ApplicationJsonCache();

  @Test
  void anAppAtTheSameResourceVersionIsSerializedOnce() {
    byte[] first = cache.json(app("web", "7", "apps/web"));

    assertThat(cache.json(app("web", "7", "apps/web"))).isSameAs(first);
    assertThat(new String(first, StandardCharsets.UTF_8)).contains("\"path\":\"apps/web\"");
  }

  @Test
  void aNewResourceVersionIsSerializedAgain() {
    cache.json(app("web", "7", "apps/web"));

    assertThat(new String(cache.json(app("web", "8", "apps/moved")), StandardCharsets.UTF_8))
        .contains("\"path\":\"apps/moved\"");
  }

  @Test
  void anAppWithoutAResourceVersionIsNeverKept() {
    Application unsaved = app("draft", null, "apps/one");
    cache.json(unsaved);
    unsaved.spec.source.path = "apps/two";

    assertThat(new String(cache.json(unsaved), StandardCharsets.UTF_8))
        .contains("\"path\":\"apps/two\"");
    assertThat(cache.size()).isZero();
  }

  @Test
  void appsNoLongerListedAreForgotten() {
    cache.json(app("web", "7", "apps/web"));
    cache.json(app("api", "3", "apps/api"));

    cache.retain(List.of(app("api", "3", "apps/api")));

    assertThat(cache.size()).isEqualTo(1);
  }

  private static Application app(String name, String version, String path) {
    Application app =
        ModelCodec.readYaml(
            """
            metadata: {name: %s, namespace: argocd}
            spec:
              project: default
              source: {repoURL: 'https://git.example.com/apps.git', path: %s}
              destination: {server: 'https://kubernetes.default.svc', namespace: web}
            """
                .formatted(name, path),
            Application.class);
    app.metadata.resourceVersion = version;
    return app;
  }
}
