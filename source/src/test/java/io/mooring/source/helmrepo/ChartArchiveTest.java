package io.mooring.source.helmrepo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.SourceException.Reason;
import io.mooring.source.SourceFiles.Depth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartArchiveTest {
  @TempDir Path dir;

  private static byte[] tgz(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry header = new TarArchiveEntry(entry.getKey(), true);
        header.setSize(content.length);
        tar.putArchiveEntry(header);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Map<String, String> chart(String extraPath, String extraContent) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n");
    entries.put("web/templates/cm.yaml", "kind: ConfigMap\n");
    entries.put(extraPath, extraContent);
    return entries;
  }

  @Test
  void theChartsTopDirectoryBecomesTheRoot() throws Exception {
    ChartArchive archive =
        ChartArchive.unpack(
            "web-1.0.0.tgz", tgz(chart("web/charts/db/Chart.yaml", "name: db\n")), 1000, 10_000);
    assertThat(archive.isFile("Chart.yaml")).isTrue();
    assertThat(archive.isDirectory("charts/db")).isTrue();
    assertThat(archive.list("", Depth.DIRECT)).containsExactly("Chart.yaml");
    assertThat(archive.list("templates", Depth.RECURSIVE)).containsExactly("templates/cm.yaml");

    archive.materialize("", dir, 10_000);

    assertThat(dir.resolve("charts/db/Chart.yaml")).hasContent("name: db");
  }

  @Test
  void entryClimbingOutOfTheChartIsRefused() throws Exception {
    byte[] evil = tgz(chart("web/../../etc/cron.d/evil", "* * * * * root rm -rf /\n"));
    assertThatThrownBy(() -> ChartArchive.unpack("evil-1.0.0.tgz", evil, 1000, 10_000))
        .hasMessageContaining("evil-1.0.0.tgz: entry web/../../etc/cron.d/evil points outside")
        .extracting(e -> ((io.mooring.source.SourceException) e).reason())
        .isEqualTo(Reason.PATH_OUTSIDE_REPO);
    assertThat(Files.exists(dir.resolve("etc"))).isFalse();
  }

  @Test
  void archivesUnpackingBeyondTheLimitAreRefused() throws Exception {
    byte[] big = tgz(chart("web/big.txt", "x".repeat(5000)));
    assertThatThrownBy(() -> ChartArchive.unpack("big-1.0.0.tgz", big, 10_000, 4000))
        .hasMessageContaining("more than the total limit of 4000 bytes");
    assertThatThrownBy(() -> ChartArchive.unpack("big-1.0.0.tgz", big, 1000, 100_000))
        .hasMessageContaining("web/big.txt is over the limit of 1000 bytes");
  }

  @Test
  void archiveWithoutChartYamlIsRefused() throws Exception {
    byte[] notAChart = tgz(Map.of("web/README.md", "hello"));
    assertThatThrownBy(() -> ChartArchive.unpack("web-1.0.0.tgz", notAChart, 1000, 10_000))
        .hasMessageContaining("web-1.0.0.tgz holds no Chart.yaml");
  }
}
