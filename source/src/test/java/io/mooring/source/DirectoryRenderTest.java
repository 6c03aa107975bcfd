package io.mooring.source;

import static io.mooring.source.Generators.configMap;
import static io.mooring.source.Generators.generator;
import static io.mooring.source.Generators.names;
import static io.mooring.source.Generators.request;
import static io.mooring.source.Generators.source;
import static io.mooring.testkit.git.RepoChange.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceDirectory;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryRenderTest {
  @TempDir Path dir;

  private TestRepo repo() {
    TestRepo repo = TestRepo.create(dir.resolve("repo.git"));
    repo.commit(
        "manifests",
        file("app/a.yaml", configMap("a")),
        file("app/b.yml", configMap("b1") + "---\n" + configMap("b2") + "---\n"),
        file(
            "app/c.json",
            "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"c\"}}"),
        file("app/README.md", "not a manifest"),
        file(
            "app/list.yaml",
            "apiVersion: v1\nkind: List\nitems:\n- "
                + configMap("l1").replace("\n", "\n  ")
                + "\n- "
                + configMap("l2").replace("\n", "\n  ")),
        file("app/nested/d.yaml", configMap("d")),
        file("app/nested/skip.yaml", configMap("skipped")));
    return repo;
  }

  private ApplicationSource directory(
      TestRepo repo, Boolean recurse, String include, String exclude) {
    ApplicationSource source = source(repo, "app");
    source.directory = new ApplicationSourceDirectory();
    source.directory.recurse = recurse;
    source.directory.include = include;
    source.directory.exclude = exclude;
    return source;
  }

  @Test
  void yamlYmlAndJsonFilesWithMultipleDocumentsAndListsAreRendered() throws Exception {
    try (TestRepo repo = repo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      RenderedManifests rendered = generator.generate(request(source(repo, "app")));
      assertThat(names(rendered)).containsExactly("a", "b1", "b2", "c", "l1", "l2");
    }
  }

  @Test
  void recurseIncludesSubdirectoriesAndExcludeGlobsDropFiles() throws Exception {
    try (TestRepo repo = repo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      RenderedManifests rendered =
          generator.generate(request(directory(repo, true, null, "{skip.yaml,list.yaml}")));
      assertThat(names(rendered)).containsExactly("a", "b1", "b2", "c", "d");
    }
  }

  @Test
  void includeGlobKeepsOnlyMatchingFiles() throws Exception {
    try (TestRepo repo = repo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      RenderedManifests rendered =
          generator.generate(request(directory(repo, true, "*.yml", null)));
      assertThat(names(rendered)).containsExactly("b1", "b2");
    }
  }

  @Test
  void documentWithoutKindIsAnErrorNamingFileAndDocument() throws Exception {
    try (TestRepo repo = repo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      repo.commit(
          "broken", file("app/b.yml", configMap("ok") + "---\napiVersion: v1\nmetadata: {}\n"));
      assertThatThrownBy(() -> generator.generate(request(source(repo, "app"))))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("app/b.yml: document 1: missing kind")
          .hasMessageContaining("revision main")
          .hasMessageContaining("path app");
    }
  }

  @Test
  void missingAppPathIsAnError() throws Exception {
    try (TestRepo repo = repo();
        ManifestGenerator generator = generator(dir.resolve("cache"))) {
      assertThatThrownBy(() -> generator.generate(request(source(repo, "nope"))))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("path nope")
          .hasMessageContaining("does not exist");
    }
  }
}
