package io.mooring.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import org.junit.jupiter.api.Test;

class RepoPathsTest {
  @Test
  void dotEmptyAndNullMeanTheRoot() throws Exception {
    assertThat(RepoPaths.normalize(".")).isEmpty();
    assertThat(RepoPaths.normalize("")).isEmpty();
    assertThat(RepoPaths.normalize(null)).isEmpty();
    assertThat(RepoPaths.normalize("./")).isEmpty();
  }

  @Test
  void dotsAndDoubleSlashesCollapseWithinTheRepository() throws Exception {
    assertThat(RepoPaths.normalize("apps//one/./values/../base/")).isEqualTo("apps/one/base");
    assertThat(RepoPaths.normalize("apps\\one")).isEqualTo("apps/one");
  }

  @Test
  void climbingAboveTheRootIsRefused() {
    assertThatThrownBy(() -> RepoPaths.normalize("apps/../../etc"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("'apps/../../etc'")
        .hasMessageContaining("leaves the repository root")
        .extracting(e -> ((SourceException) e).reason())
        .isEqualTo(Reason.PATH_OUTSIDE_REPO);
  }

  @Test
  void absolutePathsAreRefused() {
    assertThatThrownBy(() -> RepoPaths.normalize("/etc/passwd"))
        .hasMessageContaining("absolute paths are not allowed");
    assertThatThrownBy(() -> RepoPaths.resolve("apps", "/etc/passwd"))
        .hasMessageContaining("absolute paths are not allowed");
  }

  @Test
  void relativePathsResolveAgainstTheirDirectory() throws Exception {
    assertThat(RepoPaths.resolve("apps/one", "../shared/values.yaml"))
        .isEqualTo("apps/shared/values.yaml");
    assertThat(RepoPaths.resolve("", "values.yaml")).isEqualTo("values.yaml");
    assertThatThrownBy(() -> RepoPaths.resolve("apps", "../../x"))
        .hasMessageContaining("leaves the repository root");
  }

  @Test
  void symlinkTargetsResolveFromTheLinksDirectoryAndMayNotEscape() throws Exception {
    assertThat(RepoPaths.resolveSymlink("apps/one/link.yaml", "../shared/cm.yaml"))
        .isEqualTo("apps/shared/cm.yaml");
    assertThatThrownBy(() -> RepoPaths.resolveSymlink("apps/link", "../../../etc/passwd"))
        .hasMessageContaining("symlink apps/link points outside the repository");
    assertThatThrownBy(() -> RepoPaths.resolveSymlink("apps/link", "/etc/passwd"))
        .extracting(e -> ((SourceException) e).reason())
        .isEqualTo(Reason.PATH_OUTSIDE_REPO);
  }

  @Test
  void containmentIsBySegmentNotByPrefix() {
    assertThat(RepoPaths.isWithin("apps/one/a.yaml", "apps/one")).isTrue();
    assertThat(RepoPaths.isWithin("apps/one", "apps/one")).isTrue();
    assertThat(RepoPaths.isWithin("apps/one-more/a.yaml", "apps/one")).isFalse();
    assertThat(RepoPaths.isWithin("anything", "")).isTrue();
  }

  @Test
  void parentRelativizeAndJoinAreInverses() {
    assertThat(RepoPaths.parent("apps/one/a.yaml")).isEqualTo("apps/one");
    assertThat(RepoPaths.parent("a.yaml")).isEmpty();
    assertThat(RepoPaths.relativize("apps/one/a.yaml", "apps")).isEqualTo("one/a.yaml");
    assertThat(RepoPaths.relativize("apps", "apps")).isEmpty();
    assertThat(RepoPaths.join("apps", "one/a.yaml")).isEqualTo("apps/one/a.yaml");
    assertThat(RepoPaths.join("", "a.yaml")).isEqualTo("a.yaml");
    assertThat(RepoPaths.join("apps", "")).isEqualTo("apps");
  }
}
