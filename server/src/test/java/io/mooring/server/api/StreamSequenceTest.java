package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.server.Fixtures;
import io.mooring.server.catalog.ApplicationEvent;
import io.mooring.server.catalog.ApplicationEvent.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamSequenceTest {
  private static final String REPO = "https://git.example.com/web.git";
  private final List<String> sent = new ArrayList<>();
  private final StreamSequence sequence =
      new StreamSequence(
          event ->
              sent.add(
                  event.type()
                      + " "
                      + event.application().metadata.name
                      + " "
                      + event.application().metadata.resourceVersion));

  @Test
  void appsThatDidNotChangeAreSentAsAddedInTheOpeningList() {
    sequence.opening(app("frontend", "4"));
    sequence.opening(app("billing", "7"));

    assertThat(sent).containsExactly("ADDED frontend 4", "ADDED billing 7");
  }

  @Test
  void anOpeningStateReadBeforeAChangeIsNotSentAfterIt() {
    Application readOnOpening = app("guestbook", "10");
    sequence.change(new ApplicationEvent(Type.MODIFIED, app("guestbook", "11")), true);
    sequence.opening(readOnOpening);

    assertThat(sent).containsExactly("MODIFIED guestbook 11");
  }

  @Test
  void aDeletedAppIsNotBroughtBackByTheOpeningList() {
    Application readOnOpening = app("guestbook", "10");
    sequence.change(new ApplicationEvent(Type.DELETED, app("guestbook", "10")), true);
    sequence.opening(readOnOpening);

    assertThat(sent).containsExactly("DELETED guestbook 10");
  }

  @Test
  void aChangeTheStreamDoesNotWantStillKeepsTheOlderOpeningStateBack() {
    sequence.change(new ApplicationEvent(Type.MODIFIED, app("guestbook", "11")), false);
    sequence.opening(app("guestbook", "10"));
    sequence.opening(app("billing", "3"));

    assertThat(sent).containsExactly("ADDED billing 3");
  }

  private static Application app(String name, String resourceVersion) {
    Application app = Fixtures.app(name, "default", REPO, name);
    app.metadata.resourceVersion = resourceVersion;
    return app;
  }
}
