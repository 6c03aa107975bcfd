package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigStoreTest {
  @TempDir Path dir;

  @Test
  void savedContextsReadBackWithTheCurrentOne() throws Exception {
    ConfigStore store = new ConfigStore(dir.resolve("config"));
    ContextEntry prod =
        new ContextEntry("prod", "cd.example.com", "admin", "t0k3n", ContextEntry.Transport.https);

    store.save(CliConfig.empty().withCurrent(prod));

    assertThat(store.load().current()).contains(prod);
  }

  @Test
  void missingFileIsAnEmptyConfig() throws Exception {
    assertThat(new ConfigStore(dir.resolve("absent")).load().contexts()).isEmpty();
  }

  @Test
  void environmentVariableNamesTheFile() {
    assertThat(ConfigStore.defaultLocation(Map.of("MOORING_CONFIG", "/tmp/x/config")))
        .isEqualTo(Path.of("/tmp/x/config"));
  }

  @Test
  void unreadableFileIsNamedInTheError() throws Exception {
    Path file = dir.resolve("config");
    Files.writeString(file, "contexts: [unclosed");

    assertThatThrownBy(() -> new ConfigStore(file).load())
        .hasMessageStartingWith(file + ": not a mooring config file");
  }

  @Test
  void plaintextContextTalksHttpAndStripsAnyScheme() {
    ContextEntry entry =
        new ContextEntry(
            "x", "https://cd.example.com/", null, null, ContextEntry.Transport.plaintext);

    assertThat(entry.baseUrl()).isEqualTo("http://cd.example.com");
  }
}
