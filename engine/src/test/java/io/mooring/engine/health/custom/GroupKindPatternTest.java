package io.mooring.engine.health.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.engine.resource.GroupKind;
import org.junit.jupiter.api.Test;

class GroupKindPatternTest {
  @Test
  void underscorePartOfAGroupFolderMatchesAnySubdomain() {
    GroupKindPattern pattern = GroupKindPattern.fromDirectoryNames("_.crossplane.io", "Bucket");

    assertThat(pattern).isEqualTo(new GroupKindPattern("*.crossplane.io", "Bucket"));
    assertThat(pattern.matches(new GroupKind("s3.aws.crossplane.io", "Bucket"))).isTrue();
    assertThat(pattern.matches(new GroupKind("crossplane.io", "Bucket"))).isFalse();
    assertThat(pattern.matches(new GroupKind("s3.aws.crossplane.io", "Table"))).isFalse();
  }

  @Test
  void underscoreFoldersAreWildcardsForGroupAndKind() {
    GroupKindPattern pattern = GroupKindPattern.fromDirectoryNames("_", "_");

    assertThat(pattern.isExact()).isFalse();
    assertThat(pattern.matches(new GroupKind("", "Pod"))).isTrue();
    assertThat(pattern.matches(new GroupKind("apps", "Deployment"))).isTrue();
  }

  @Test
  void keyWithoutSlashIsACoreGroupKind() {
    assertThat(GroupKindPattern.parseKey("ConfigMap"))
        .isEqualTo(new GroupKindPattern("", "ConfigMap"));
    assertThat(GroupKindPattern.parseKey("cert-manager.io/Certificate"))
        .isEqualTo(new GroupKindPattern("cert-manager.io", "Certificate"));
  }

  @Test
  void dotsInAPatternAreLiteral() {
    assertThat(new GroupKindPattern("a.b", "K").matches(new GroupKind("axb", "K"))).isFalse();
  }
}
