package io.mooring.source.helmrepo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A Helm repository's index.yaml: the versions of each chart it serves. Immutable. */
public final class HelmIndex {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, List<ChartVersion>> entries;

  private HelmIndex(Map<String, List<ChartVersion>> entries) {
    this.entries = entries;
  }

  /** Parses index.yaml; {@code source} names it in errors. */
  public static HelmIndex parse(String source, byte[] yaml) throws SourceException {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new SourceException(
          Reason.INVALID_MANIFEST, source + " is not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.path("entries").isObject()) {
      throw new SourceException(
          Reason.INVALID_MANIFEST, source + " is not a Helm repository index (no entries)");
    }
    Map<String, List<ChartVersion>> entries = new TreeMap<>();
    root.path("entries")
        .fields()
        .forEachRemaining(chart -> entries.put(chart.getKey(), versions(chart.getKey(), chart)));
    return new HelmIndex(entries);
  }

  private static List<ChartVersion> versions(String name, Map.Entry<String, JsonNode> chart) {
    List<ChartVersion> versions = new ArrayList<>();
    for (JsonNode entry : chart.getValue()) {
      String version = entry.path("version").asText("");
      if (version.isEmpty()) {
        continue;
      }
      List<String> urls = new ArrayList<>();
      entry.path("urls").forEach(url -> urls.add(url.asText()));
      versions.add(new ChartVersion(name, version, urls, entry.path("digest").asText("")));
    }
    return List.copyOf(versions);
  }

  /** Whether the index lists a chart of that name. */
  public boolean hasChart(String chart) {
    return entries.containsKey(chart);
  }

  /** Every listed version of {@code chart}, in index order; empty if the chart is not listed. */
  public List<ChartVersion> versions(String chart) {
    return entries.getOrDefault(chart, List.of());
  }
}
