package io.mooring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the demo prints when ready. */
class ReadyBannerTest {
  private final DemoAccess access =
      new DemoAccess(
          "http://localhost:8080",
          "localhost:8080",
          "AdminPass123",
          "ViewerPass456",
          "http://127.0.0.1:40001/examples.git",
          Path.of("/tmp/demo/kubeconfig"),
          Path.of("/tmp/demo"));

  @Test
  void namesTheUrlPasswordsCloneUrlAndKubeconfigAndEndsWithTheReadyFigure() {
    String banner = ReadyBanner.render(access, Duration.ofMillis(6_340));

    assertThat(banner)
        .contains("http://localhost:8080")
        .contains("admin password   AdminPass123")
        .contains("viewer password  ViewerPass456")
        .contains("git clone http://127.0.0.1:40001/examples.git")
        .contains("export KUBECONFIG=/tmp/demo/kubeconfig")
        .contains(
            "mooring login localhost:8080 --plaintext --username admin --password AdminPass123")
        .contains("plain HTTP");
    assertThat(banner.strip().lines().reduce((a, b) -> b)).contains("ready in 6.3 s");
  }

  @Test
  void suggestsThePushTheDriftAndTheRollbackTours() {
    String banner = ReadyBanner.render(access, Duration.ofSeconds(7));

    assertThat(banner)
        .contains("git push")
        .contains("kubectl scale deployment guestbook-web -n guestbook --replicas=0")
        .contains("mooring app set guestbook --sync-policy none")
        .contains("mooring app rollback guestbook");
    assertThat(banner.indexOf("mooring app set examples --sync-policy none"))
        .as("the root's automation goes off first: its self-heal would turn the child's back on")
        .isPositive()
        .isLessThan(banner.indexOf("mooring app set guestbook --sync-policy none"));
  }

  @Test
  void theAccessRecordKeepsPasswordsOutOfItsText() {
    assertThat(access.toString()).doesNotContain("AdminPass123").doesNotContain("ViewerPass456");
  }
}
