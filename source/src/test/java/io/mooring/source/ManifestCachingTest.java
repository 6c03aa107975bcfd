package io.mooring.source;

import static io.mooring.source.Generators.configMap;
import static io.mooring.source.Generators.generator;
import static io.mooring.source.Generators.request;
import static io.mooring.source.Generators.requestWithGeneratePaths;
import static io.mooring.source.Generators.source;
import static io.mooring.testkit.git.RepoChange.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.engine.resource.ManifestDocument;
import io.mooring.model.ApplicationSource;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.source.render.RenderOutput;
import io.mooring.source.render.Renderer;
import io.mooring.source.render.SourceKind;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestCachingTest {
  @TempDir Path dir;

  private TestRepo monorepo() {
    TestRepo repo = TestRepo.create(dir.resolve("mono.git"));
    repo.commit(
        "apps",
        file("apps/one/cm.yaml", configMap("one")),
        file("apps/two/cm.yaml", configMap("two")),
        file("shared/settings.txt", "x"));
    return repo;
  }

  @Test
  void sameCommitAndParametersAreServedFromTheCache() throws Exception {
    try (TestRepo repo = monorepo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      RenderedManifests first = generator.generate(request(source(repo, "apps/one")));
      RenderedManifests second = generator.generate(request(source(repo, "apps/one")));

      assertThat(first.sources().get(0).origin()).isEqualTo(RenderOrigin.RENDERED);
      assertThat(second.sources().get(0).origin()).isEqualTo(RenderOrigin.CACHED);
      assertThat(second.manifests()).isEqualTo(first.manifests());
      assertThat(generator.stats().renders()).isEqualTo(1);
    }
  }

  @Test
  void bypassingTheCacheRendersAgain() throws Exception {
    try (TestRepo repo = monorepo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      generator.generate(request(source(repo, "apps/one")));
      RenderedManifests again =
          generator.generate(
              request(source(repo, "apps/one")).with(ManifestRequest.Option.BYPASS_CACHE));
      assertThat(again.sources().get(0).origin()).isEqualTo(RenderOrigin.RENDERED);
    }
  }

  @Test
  void commitOutsideGeneratePathsReusesManifestsWithoutRendering() throws Exception {
    try (TestRepo repo = monorepo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      ApplicationSource one = source(repo, "apps/one");
      generator.generate(requestWithGeneratePaths(".;/shared", one));
      repo.commit("touch two", file("apps/two/cm.yaml", configMap("two-changed")));
      generator.repositoryChanged(one.repoURL);

      RenderedManifests reused = generator.generate(requestWithGeneratePaths(".;/shared", one));

      assertThat(reused.sources().get(0).origin()).isEqualTo(RenderOrigin.REUSED_UNCHANGED_PATHS);
      assertThat(reused.sources().get(0).revision().commit()).isEqualTo(repo.head("main"));
      assertThat(generator.stats().renders()).isEqualTo(1);
    }
  }

  @Test
  void commitUnderGeneratePathsRendersAgain() throws Exception {
    try (TestRepo repo = monorepo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      ApplicationSource one = source(repo, "apps/one");
      generator.generate(requestWithGeneratePaths(".;/shared", one));
      repo.commit("touch shared", file("shared/settings.txt", "y"));
      generator.repositoryChanged(one.repoURL);

      RenderedManifests again = generator.generate(requestWithGeneratePaths(".;/shared", one));

      assertThat(again.sources().get(0).origin()).isEqualTo(RenderOrigin.RENDERED);
      assertThat(generator.stats().renders()).isEqualTo(2);
    }
  }

  @Test
  void withoutTheAnnotationEveryNewCommitRenders() throws Exception {
    try (TestRepo repo = monorepo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      generator.generate(request(source(repo, "apps/one")));
      repo.commit("touch two", file("apps/two/cm.yaml", configMap("two-changed")));
      generator.repositoryChanged(source(repo, "apps/one").repoURL);
      assertThat(generator.generate(request(source(repo, "apps/one"))).sources().get(0).origin())
          .isEqualTo(RenderOrigin.RENDERED);
    }
  }

  @Test
  void rendersOfDifferentPathsRunInParallel() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    Renderer waitsForTheOther =
        input -> {
          bothStarted.countDown();
          try {
            if (!bothStarted.await(30, TimeUnit.SECONDS)) {
              throw new SourceException(SourceException.Reason.IO, "renders were serialized");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(SourceException.Reason.IO, "interrupted");
          }
          return RenderOutput.of(List.<ManifestDocument>of());
        };
    Map<SourceKind, Renderer> renderers = new EnumMap<>(SourceKind.class);
    renderers.put(SourceKind.DIRECTORY, waitsForTheOther);
    try (TestRepo repo = monorepo();
        ManifestGenerator generator =
            new ManifestGenerator(
                GeneratorSettings.defaults(dir.resolve("cache")),
                RepoCredentialStore.empty(),
                renderers)) {
      ExecutorService callers = Executors.newFixedThreadPool(2);
      Future<RenderedManifests> one =
          callers.submit(() -> generator.generate(request(source(repo, "apps/one"))));
      Future<RenderedManifests> two =
          callers.submit(() -> generator.generate(request(source(repo, "apps/two"))));
      assertThat(one.get().sources().get(0).origin()).isEqualTo(RenderOrigin.RENDERED);
      assertThat(two.get().sources().get(0).origin()).isEqualTo(RenderOrigin.RENDERED);
      callers.shutdown();
    }
  }
}
