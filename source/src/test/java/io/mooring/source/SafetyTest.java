package io.mooring.source;

import static io.mooring.source.Generators.configMap;
import static io.mooring.source.Generators.request;
import static io.mooring.source.Generators.source;
import static io.mooring.testkit.git.RepoChange.file;
import static io.mooring.testkit.git.RepoChange.symlink;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceHelm;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.source.render.RenderLimits;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyTest {
  private static final String ALIAS_BOMB =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: bomb}
      a: &a ["x","x","x","x","x","x","x","x","x"]
      b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
      c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
      d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
      e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
      f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
      g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
      """;

  @TempDir static Path dir;
  static TestRepo repo;
  static ManifestGenerator generator;

  @BeforeAll
  static void repository() {
    repo = TestRepo.create(dir.resolve("repo.git"));
    repo.commit(
        "hostile content",
        file("ok/cm.yaml", configMap("ok")),
        symlink("escape/passwd.yaml", "../../../../etc/passwd"),
        symlink("escape-abs/passwd.yaml", "/etc/passwd"),
        file("kustomize-escape/kustomization.yaml", "resources:\n- ../../outside\n"),
        file("bomb/cm.yaml", ALIAS_BOMB),
        file("big/cm.yaml", configMap("big") + "# " + "x".repeat(5000) + "\n"),
        file("many/a.yaml", configMap("a") + "# " + "x".repeat(3000) + "\n"),
        file("many/b.yaml", configMap("b") + "# " + "x".repeat(3000) + "\n"),
        file("chart/Chart.yaml", "apiVersion: v2\nname: c\nversion: 0.1.0\n"),
        file("chart/templates/cm.yaml", configMap("c")));
    RenderLimits limits = RenderLimits.defaults().withSizes(4096, 5000);
    generator =
        new ManifestGenerator(
            GeneratorSettings.defaults(dir.resolve("cache")).withLimits(limits),
            RepoCredentialStore.empty());
  }

  @AfterAll
  static void close() {
    generator.close();
    repo.close();
  }

  private static void assertRefused(ApplicationSource source, Reason reason, String message) {
    assertThatThrownBy(() -> generator.generate(request(source)))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((SourceException) e).reason())
        .isEqualTo(reason);
  }

  @Test
  void pathClimbingOutOfTheRepositoryIsRefused() {
    assertRefused(
        source(repo, "ok/../../.."), Reason.PATH_OUTSIDE_REPO, "leaves the repository root");
  }

  @Test
  void absolutePathIsRefused() {
    assertRefused(source(repo, "/etc"), Reason.PATH_OUTSIDE_REPO, "absolute paths are not allowed");
  }

  @Test
  void symlinkPointingOutsideTheRepositoryIsRefused() {
    assertRefused(
        source(repo, "escape"),
        Reason.PATH_OUTSIDE_REPO,
        "symlink escape/passwd.yaml points outside");
    assertRefused(
        source(repo, "escape-abs"), Reason.PATH_OUTSIDE_REPO, "points outside the repository");
  }

  @Test
  void kustomizeBaseOutsideTheRepositoryIsRefused() {
    assertRefused(
        source(repo, "kustomize-escape"), Reason.PATH_OUTSIDE_REPO, "leaves the repository root");
  }

  @Test
  void valueFileEscapingTheRepositoryIsRefused() {
    ApplicationSource source = source(repo, "chart");
    source.helm = new ApplicationSourceHelm();
    source.helm.valueFiles = List.of("../../secrets.yaml");
    assertRefused(source, Reason.PATH_OUTSIDE_REPO, "leaves the repository root");
    source.helm.valueFiles = List.of("/etc/passwd");
    assertRefused(source, Reason.PATH_OUTSIDE_REPO, "absolute paths are not allowed");
  }

  @Test
  void yamlAliasBombIsRefused() {
    assertRefused(source(repo, "bomb"), Reason.INVALID_MANIFEST, "aliases");
  }

  @Test
  void fileOverTheSizeLimitIsRefused() {
    assertRefused(source(repo, "big"), Reason.TOO_LARGE, "over the limit of 4096 bytes");
  }

  @Test
  void renderOverTheTotalLimitIsRefused() {
    assertRefused(source(repo, "many"), Reason.TOO_LARGE, "total limit of 5000 bytes");
  }
}
