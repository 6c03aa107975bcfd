package io.mooring.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's data directory: laid out, checked writable, used by one demo at a time. */
class DataDirectoryTest {
  @TempDir Path work;

  @Test
  void opensANewDirectoryWithItsLayout() {
    try (DataDirectory data = DataDirectory.open(work.resolve("demo"))) {
      assertThat(data.git()).isDirectory();
      assertThat(data.server()).isDirectory();
      assertThat(data.kubeconfig()).isEqualTo(work.resolve("demo/kubeconfig").toAbsolutePath());
    }
  }

  @Test
  void aSecondDemoOnTheSameDirectoryIsRefusedUntilTheFirstLetsGo() {
    try (DataDirectory first = DataDirectory.open(work.resolve("demo"))) {
      assertThatThrownBy(() -> DataDirectory.open(work.resolve("demo")))
          .isInstanceOf(DemoException.class)
          .hasMessageContaining("--data-dir " + work.resolve("demo").toAbsolutePath())
          .hasMessageContaining("another mooring demo is using it");
    }
    DataDirectory.open(work.resolve("demo")).close();
  }

  @Test
  void aFileWhereTheDirectoryShouldBeIsAClearError() throws Exception {
    Path file = Files.writeString(work.resolve("taken"), "not a directory");

    assertThatThrownBy(() -> DataDirectory.open(file.resolve("demo")))
        .isInstanceOf(DemoException.class)
        .hasMessageContaining("--data-dir " + file.resolve("demo"))
        .hasMessageContaining("cannot write there");
  }
}
