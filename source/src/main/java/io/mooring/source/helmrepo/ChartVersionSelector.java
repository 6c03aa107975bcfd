package io.mooring.source.helmrepo;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.semver4j.RangesList;
import org.semver4j.RangesListFactory;
import org.semver4j.Semver;

/**
 * Chooses a chart version for a targetRevision the way Helm does: an exact version, or the highest
 * version satisfying a constraint ({@code 1.2.*}, {@code >=1.0 <2.0}, {@code >=1.0, <2.0}, {@code
 * ^1.2}, {@code ~1.2}, {@code ||}); an empty revision or {@code *} means the newest stable version.
 * Pre-releases match only constraints that name one. Pure.
 */
public final class ChartVersionSelector {
  private ChartVersionSelector() {}

  /**
   * The version of {@code chart} in {@code versions} that {@code targetRevision} selects; {@code
   * repo} (already redacted) names the repository in errors.
   */
  public static ChartVersion select(
      String repo, String chart, String targetRevision, List<ChartVersion> versions)
      throws SourceException {
    String constraint = targetRevision == null ? "" : targetRevision.trim();
    if (versions.isEmpty()) {
      throw new SourceException(
          Reason.REVISION_NOT_FOUND,
          "chart '" + chart + "' is not in the index of Helm repository " + repo);
    }
    Optional<ChartVersion> exact =
        versions.stream().filter(v -> v.version().equals(constraint)).findFirst();
    if (exact.isPresent()) {
      return exact.get();
    }
    RangesList ranges = ranges(chart, constraint);
    return versions.stream()
        .filter(v -> semver(v).map(ranges::isSatisfiedBy).orElse(false))
        .max(Comparator.comparing(v -> semver(v).orElseThrow()))
        .orElseThrow(() -> noMatch(repo, chart, constraint, versions));
  }

  private static RangesList ranges(String chart, String constraint) throws SourceException {
    String normalized = constraint.isEmpty() ? "*" : constraint.replace(',', ' ');
    try {
      return RangesListFactory.create(normalized);
    } catch (IllegalArgumentException e) {
      throw new SourceException(
          Reason.INVALID_SOURCE,
          "targetRevision '"
              + constraint
              + "' of chart '"
              + chart
              + "' is not a version or a"
              + " version constraint");
    }
  }

  private static Optional<Semver> semver(ChartVersion version) {
    Semver parsed = Semver.parse(version.version());
    return Optional.ofNullable(parsed != null ? parsed : Semver.coerce(version.version()));
  }

  private static SourceException noMatch(
      String repo, String chart, String constraint, List<ChartVersion> versions) {
    List<String> newest =
        versions.stream()
            .filter(v -> semver(v).isPresent())
            .sorted(Comparator.comparing((ChartVersion v) -> semver(v).orElseThrow()).reversed())
            .limit(10)
            .map(ChartVersion::version)
            .toList();
    return new SourceException(
        Reason.REVISION_NOT_FOUND,
        "chart '"
            + chart
            + "' has no version matching '"
            + (constraint.isEmpty() ? "*" : constraint)
            + "' in Helm repository "
            + repo
            + " (newest available: "
            + String.join(", ", newest)
            + ")");
  }
}
