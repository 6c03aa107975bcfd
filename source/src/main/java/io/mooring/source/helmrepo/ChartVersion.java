package io.mooring.source.helmrepo;

import java.util.List;

/**
 * One version of a chart as a Helm repository's index.yaml lists it.
 *
 * @param name the chart name
 * @param version the chart version (SemVer)
 * @param urls where the packaged chart (.tgz) can be downloaded, absolute or relative to the repo
 * @param digest the SHA-256 of the package in hex, or "" when the index gives none
 */
public record ChartVersion(String name, String version, List<String> urls, String digest) {
  public ChartVersion {
    urls = List.copyOf(urls);
  }
}
