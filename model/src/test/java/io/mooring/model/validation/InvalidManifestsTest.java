package io.mooring.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Fixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each bad input is rejected with one problem that names the file, document and field. */
class InvalidManifestsTest {

  @ParameterizedTest(name = "{0} is rejected at ''{1}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          missing-metadata-name.yaml                  | metadata.name                          | is required
          name-not-dns1123.yaml                       | metadata.name                          | 'Guest_Book' is not a valid DNS-1123 subdomain
          missing-destination.yaml                    | spec.destination                       | is required
          destination-server-and-name.yaml            | spec.destination                       | server and name are both set
          missing-source.yaml                         | spec.source                            | is required
          missing-repo-url.yaml                       | spec.source.repoURL                    | is required
          source-and-sources.yaml                     | spec                                   | source and sources are both set
          unknown-sync-option.yaml                    | spec.syncPolicy.syncOptions[1]         | unknown sync option 'AutoPrune'
          sync-option-with-bad-value.yaml             | spec.syncPolicy.syncOptions[0]         | does not accept 'sideways'; allowed: [foreground, background, orphan]
          malformed-backoff-duration.yaml             | spec.syncPolicy.retry.backoff.duration | '5 seconds' is not a duration
          negative-revision-history-limit.yaml        | spec.revisionHistoryLimit              | must be 0 or more (got -1)
          helm-without-chart-or-path.yaml             | spec.source                            | a Helm source needs either chart
          wrong-type-for-automated-prune.yaml         | spec.syncPolicy.automated.prune        | wrong type: expected true or false; found a list
          multiple-sources-with-unknown-ref.yaml      | spec.sources[0].helm.valueFiles[0]     | no source has ref: values
          wrong-api-version.yaml                      | apiVersion                             | 'argoproj.io/v1beta1' is not supported for kind Application
          wrong-kind.yaml                             | kind                                   | 'Aplication' is not a kind Mooring validates
          malformed-yaml.yaml                         | ''                                     | malformed YAML at line 8, column 4
          duplicate-key.yaml                          | ''                                     | Duplicate field 'name'
          project-window-with-invalid-cron.yaml       | spec.syncWindows[0].schedule           | '61 * * * *' is not a valid cron schedule
          project-window-with-six-field-cron.yaml     | spec.syncWindows[0].schedule           | expected 5 fields
          project-window-with-invalid-duration.yaml   | spec.syncWindows[0].duration           | 'one hour' is not a duration
          project-window-with-unknown-kind.yaml       | spec.syncWindows[0].kind               | 'maybe' is not allowed; use allow or deny
          """)
  void badInputIsRejectedNamingTheField(String fixture, String path, String message) {
    List<Problem> problems =
        ManifestValidator.validate(fixture, Fixtures.text("validation/invalid/" + fixture))
            .problems();

    assertThat(problems).hasSize(1);
    Problem problem = problems.get(0);
    assertThat(problem.file()).isEqualTo(fixture);
    assertThat(problem.document()).isZero();
    assertThat(problem.path()).isEqualTo(path);
    assertThat(problem.message()).contains(message);
  }
}
