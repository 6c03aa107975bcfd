package io.mooring.server.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.server.project.ProjectTokens.Token;
import org.junit.jupiter.api.Test;

class ProjectTokensTest {
  private static final String PROJECT =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: AppProject
      metadata: {name: team-a}
      spec:
        roles:
          - name: ci
            jwtTokens: [{iat: 100, id: a}]
          - name: dev
      status:
        jwtTokensByRole:
          ci: {items: [{iat: 200, exp: 300, id: b}]}
          gone: {items: [{iat: 1, id: z}]}
      """;

  @Test
  void tokensInTheSpecAndTheStatusAreMergedNewestFirst() {
    AppProject project = ModelCodec.readYaml(PROJECT, AppProject.class);

    assertThat(ProjectTokens.of(project, "ci"))
        .containsExactly(new Token(200, 300, "b"), new Token(100, 0, "a"));
  }

  @Test
  void normalizingListsTheSameTokensInSpecAndStatusAndDropsRolesThatAreGone() {
    AppProject normalized =
        ProjectTokens.normalized(ModelCodec.readYaml(PROJECT, AppProject.class));

    assertThat(ProjectTokens.of(normalized, "ci")).hasSize(2);
    assertThat(normalized.spec.roles.get(0).jwtTokens)
        .extracting(t -> t.id)
        .containsExactly("b", "a");
    assertThat(ModelCodec.toJson(normalized.status))
        .contains("\"ci\"")
        .doesNotContain("gone")
        .doesNotContain("dev");
  }

  @Test
  void addingAndRemovingATokenChangesBothLists() {
    AppProject project = ModelCodec.readYaml(PROJECT, AppProject.class);

    AppProject added = ProjectTokens.withToken(project, "dev", new Token(400, 0, "c"));
    AppProject removedById = ProjectTokens.withoutToken(added, "ci", 0, "b");
    AppProject removedByIat = ProjectTokens.withoutToken(removedById, "ci", 100, "");

    assertThat(ProjectTokens.of(added, "dev")).containsExactly(new Token(400, 0, "c"));
    assertThat(ProjectTokens.of(removedById, "ci")).containsExactly(new Token(100, 0, "a"));
    assertThat(ProjectTokens.of(removedByIat, "ci")).isEmpty();
    assertThat(ModelCodec.toJson(removedByIat.status)).doesNotContain("\"b\"", "\"a\"");
    assertThat(ProjectTokens.of(project, "ci")).hasSize(2);
  }
}
