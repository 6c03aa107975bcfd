package io.mooring.source.render;

import io.mooring.engine.resource.ManifestDocument;
import io.mooring.model.ApplicationSourceDirectory;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.SourceFiles;
import io.mooring.source.SourceFiles.Depth;
import io.mooring.source.git.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain directory of manifests: {@code *.yaml}, {@code *.yml} and {@code *.json} files, read
 * straight from the commit (no checkout), optionally recursive and filtered by include and exclude
 * globs.
 */
public final class DirectoryRenderer implements Renderer {
  @Override
  public RenderOutput render(RenderInput input) throws SourceException {
    ApplicationSourceDirectory options =
        input.source().directory == null
            ? new ApplicationSourceDirectory()
            : input.source().directory;
    Depth depth = Boolean.TRUE.equals(options.recurse) ? Depth.RECURSIVE : Depth.DIRECT;
    FileGlobs include = FileGlobs.of(options.include);
    FileGlobs exclude = FileGlobs.of(options.exclude);
    SourceFiles tree = input.files();
    if (!tree.isDirectory(input.path())) {
      throw new SourceException(
          Reason.PATH_NOT_FOUND, "app path does not exist or is not a directory");
    }
    List<ManifestDocument> documents = new ArrayList<>();
    long total = 0;
    for (String file : tree.list(input.path(), depth)) {
      String relative = RepoPaths.relativize(file, input.path());
      if (!isManifestFile(relative)
          || (!include.isEmpty() && !include.matches(relative))
          || exclude.matches(relative)) {
        continue;
      }
      if (!tree.isFile(file)) {
        continue; // a link to a directory or to nothing: not a manifest file
      }
      byte[] content = tree.read(file, input.limits().maxFileBytes());
      total += content.length;
      if (total > input.limits().maxTotalBytes()) {
        throw new SourceException(
            Reason.TOO_LARGE,
            "manifests exceed the total limit of " + input.limits().maxTotalBytes() + " bytes");
      }
      documents.addAll(ManifestParsing.parse(file, new String(content, StandardCharsets.UTF_8)));
    }
    return RenderOutput.of(documents);
  }

  private static boolean isManifestFile(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }
}
