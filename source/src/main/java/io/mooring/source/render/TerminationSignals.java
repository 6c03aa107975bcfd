package io.mooring.source.render;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Gives SIGINT and SIGTERM back to the JVM after embedded Helm ran. Embedded Helm is a Go library,
 * and during its first {@code helm template} the Go runtime takes both signals for itself (Go's
 * {@code signal.Notify}; helm-java issue 409): from then on Ctrl-C and {@code kill} do nothing, the
 * JVM never runs its shutdown hooks, and only SIGKILL stops the process. Handing them back after a
 * render restores what the JVM does by default — run the shutdown hooks, exit with 128 + the signal
 * number — so {@code mooring server}, {@code mooring controller} and {@code mooring demo} stop
 * cleanly again. Go installs its handler once; handing back after every render is cheap and also
 * covers a Go code path that installs it later. SIGQUIT, which the JVM reserves, is handed back by
 * {@link QuitSignal}.
 */
final class TerminationSignals {
  private static final Logger LOG = LoggerFactory.getLogger(TerminationSignals.class);
  private static final String[] NAMES = {"INT", "TERM"};

  private TerminationSignals() {}

  /** SIGINT and SIGTERM start the JVM's shutdown again, as its own handler does. */
  static void handBackToTheJvm() {
    for (String name : NAMES) {
      try {
        Signal.handle(new Signal(name), TerminationSignals::exit);
      } catch (IllegalArgumentException e) {
        // the JVM runs with -Xrs, or the signal is unknown here: nothing to hand back
        LOG.debug("signal {} not handed back to the JVM: {}", name, e.getMessage());
      }
    }
  }

  private static void exit(Signal signal) {
    System.exit(128 + signal.getNumber());
  }
}
