package io.mooring.source.helmrepo;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.SourceFiles;
import io.mooring.source.git.RepoPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The files of a packaged chart (.tgz), unpacked in memory with the chart's top directory removed,
 * so {@code hello/Chart.yaml} in the archive is {@code Chart.yaml} here. Entries that would land
 * outside the chart are refused; links and special files are skipped; sizes are bounded.
 */
public final class ChartArchive implements SourceFiles {
  private final Map<String, byte[]> files;
  private final Set<String> directories;

  private ChartArchive(Map<String, byte[]> files) {
    this.files = files;
    this.directories = new HashSet<>();
    directories.add("");
    for (String file : files.keySet()) {
      for (String dir = RepoPaths.parent(file); !dir.isEmpty(); dir = RepoPaths.parent(dir)) {
        directories.add(dir);
      }
    }
  }

  /**
   * Unpacks {@code tgz}; {@code name} identifies it in errors. Refuses files over {@code
   * maxFileBytes} and archives that unpack to more than {@code maxTotalBytes}.
   */
  public static ChartArchive unpack(String name, byte[] tgz, long maxFileBytes, long maxTotalBytes)
      throws SourceException {
    Map<String, byte[]> files = new TreeMap<>();
    long total = 0;
    try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(tgz));
        TarArchiveInputStream tar = new TarArchiveInputStream(gzip)) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (!entry.isFile()) {
          continue;
        }
        String path = withoutTopDirectory(name, entry.getName());
        if (entry.getSize() > maxFileBytes) {
          throw new SourceException(
              Reason.TOO_LARGE,
              name + ": " + entry.getName() + " is over the limit of " + maxFileBytes + " bytes");
        }
        total += entry.getSize();
        if (total > maxTotalBytes) {
          throw new SourceException(
              Reason.TOO_LARGE,
              name + " unpacks to more than the total limit of " + maxTotalBytes + " bytes");
        }
        files.put(path, tar.readNBytes((int) entry.getSize()));
      }
    } catch (IOException e) {
      throw new SourceException(
          Reason.INVALID_MANIFEST, name + " is not a valid chart archive: " + e.getMessage(), e);
    }
    if (!files.containsKey("Chart.yaml")) {
      throw new SourceException(Reason.INVALID_MANIFEST, name + " holds no Chart.yaml");
    }
    return new ChartArchive(files);
  }

  private static String withoutTopDirectory(String name, String entryName) throws SourceException {
    String path;
    try {
      path = RepoPaths.normalize(entryName);
    } catch (SourceException e) {
      throw new SourceException(
          Reason.PATH_OUTSIDE_REPO, name + ": entry " + entryName + " points outside the chart");
    }
    int slash = path.indexOf('/');
    if (slash < 0) {
      throw new SourceException(
          Reason.INVALID_MANIFEST, name + ": entry " + entryName + " is not inside a chart folder");
    }
    return path.substring(slash + 1);
  }

  @Override
  public boolean exists(String path) {
    return files.containsKey(path) || directories.contains(path);
  }

  @Override
  public boolean isFile(String path) {
    return files.containsKey(path);
  }

  @Override
  public boolean isDirectory(String path) {
    return directories.contains(path);
  }

  @Override
  public byte[] read(String path, long maxBytes) throws SourceException {
    byte[] content = files.get(path);
    if (content == null) {
      throw new SourceException(Reason.PATH_NOT_FOUND, "file " + path + " not found in the chart");
    }
    if (content.length > maxBytes) {
      throw new SourceException(
          Reason.TOO_LARGE,
          "file " + path + " is " + content.length + " bytes, over the limit of " + maxBytes);
    }
    return content.clone();
  }

  @Override
  public List<String> list(String directory, Depth depth) {
    List<String> result = new ArrayList<>();
    for (String file : files.keySet()) {
      boolean below = RepoPaths.isWithin(file, directory) && !file.equals(directory);
      if (below && (depth == Depth.RECURSIVE || RepoPaths.parent(file).equals(directory))) {
        result.add(file);
      }
    }
    return result;
  }

  @Override
  public long materialize(String directory, Path target, long maxBytes) throws SourceException {
    long written = 0;
    for (String file : list(directory, Depth.RECURSIVE)) {
      byte[] content = files.get(file);
      written += content.length;
      if (written > maxBytes) {
        throw new SourceException(
            Reason.TOO_LARGE, "the chart is larger than the limit of " + maxBytes + " bytes");
      }
      Path destination = target.resolve(file).normalize();
      try {
        Files.createDirectories(destination.getParent());
        Files.write(destination, content);
      } catch (IOException e) {
        throw new SourceException(Reason.IO, "could not write " + file + ": " + e.getMessage(), e);
      }
    }
    return written;
  }
}
