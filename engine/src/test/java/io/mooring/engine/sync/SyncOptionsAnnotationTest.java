package io.mooring.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyncOptionsAnnotationTest {

  @Test
  void entriesAreSplitOnCommasAndTrimmed() {
    SyncOptionSet options =
        SyncOptionsAnnotation.parse(" Prune=false , Replace=true,Validate=false");

    assertThat(options.pruneMode()).isEqualTo(SyncOptionSet.PruneMode.DISABLED);
    assertThat(options.replace()).isTrue();
    assertThat(options.validate()).isFalse();
    assertThat(options.unrecognized()).isEmpty();
  }

  @Test
  void noAnnotationMeansEveryDefault() {
    SyncOptionSet options = SyncOptionsAnnotation.parse(null);

    assertThat(options.pruneMode()).isEqualTo(SyncOptionSet.PruneMode.ALLOWED);
    assertThat(options.validate()).isTrue();
    assertThat(options.serverSideApply()).isFalse();
    assertThat(options.prunePropagationPolicy()).isEqualTo("foreground");
  }

  @Test
  void resourceOptionsOverrideTheApplicationsKeyByKey() {
    SyncOptionSet app = SyncOptionSet.of(List.of("ServerSideApply=true", "Prune=false"));
    SyncOptionSet resource = SyncOptionsAnnotation.parse("ServerSideApply=false");

    SyncOptionSet effective = app.overriddenBy(resource);

    assertThat(effective.serverSideApply()).isFalse();
    assertThat(effective.pruneMode()).isEqualTo(SyncOptionSet.PruneMode.DISABLED);
  }

  @Test
  void pruneConfirmIsItsOwnMode() {
    assertThat(SyncOptionsAnnotation.parse("Prune=confirm").pruneMode())
        .isEqualTo(SyncOptionSet.PruneMode.CONFIRM);
  }

  @Test
  void propagationPolicyIsReadCaseInsensitively() {
    assertThat(
            SyncOptionSet.of(List.of("PrunePropagationPolicy=Background")).prunePropagationPolicy())
        .isEqualTo("background");
  }

  @Test
  void unknownKeysAndValuesAreKeptAsUnrecognizedAndIgnored() {
    SyncOptionSet options = SyncOptionsAnnotation.parse("Prune=no,Turbo=true,Replace");

    assertThat(options.unrecognized()).containsExactly("Prune=no", "Turbo=true", "Replace");
    assertThat(options.pruneMode()).isEqualTo(SyncOptionSet.PruneMode.ALLOWED);
    assertThat(options.replace()).isFalse();
  }
}
