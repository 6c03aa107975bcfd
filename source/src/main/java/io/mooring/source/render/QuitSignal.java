package io.mooring.source.render;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives SIGQUIT back to the JVM after embedded Helm ran. Helm's Go runtime takes SIGQUIT as it
 * takes SIGINT and SIGTERM ({@link TerminationSignals}); for the JVM SIGQUIT means a thread dump,
 * and it is how {@code jcmd}, {@code jstack} and JFR attach to a running process, so without it a
 * running {@code mooring server} cannot be diagnosed. The JVM reserves SIGQUIT, so {@code
 * sun.misc.Signal} cannot install a handler for it; instead the JVM's own disposition is read with
 * libc's {@code sigaction} before Helm first runs, and put back after each render. The saved
 * disposition is opaque bytes (more than any platform's {@code struct sigaction} needs), so nothing
 * depends on the structure's layout. On a platform without libc, or when libc cannot be loaded,
 * nothing is done.
 */
final class QuitSignal {
  private static final Logger LOG = LoggerFactory.getLogger(QuitSignal.class);
  private static final int SIGQUIT = 3;
  private static final int SIGACTION_BYTES = 512;

  /** libc's {@code sigaction(2)}. */
  interface LibC extends Library {
    int sigaction(int signal, Pointer action, Pointer previous);
  }

  private record Saved(LibC libc, Memory disposition) {}

  private static Saved jvmDisposition;
  private static boolean read;

  private QuitSignal() {}

  /**
   * Reads the JVM's disposition of SIGQUIT, the first time only: call it before Helm's Go runtime
   * first runs.
   */
  static synchronized void remember() {
    if (!read) {
      read = true;
      jvmDisposition = save();
    }
  }

  /** Puts the JVM's disposition of SIGQUIT back, as {@link #remember} read it. */
  static synchronized void handBackToTheJvm() {
    if (jvmDisposition == null) {
      return;
    }
    if (jvmDisposition.libc().sigaction(SIGQUIT, jvmDisposition.disposition(), null) != 0) {
      LOG.debug("SIGQUIT not handed back to the JVM: sigaction failed");
    }
  }

  private static Saved save() {
    if (Platform.isWindows()) {
      return null;
    }
    try {
      LibC libc = Native.load(Platform.C_LIBRARY_NAME, LibC.class);
      Memory disposition = new Memory(SIGACTION_BYTES);
      disposition.clear();
      if (libc.sigaction(SIGQUIT, null, disposition) != 0) {
        LOG.debug("SIGQUIT disposition not read: sigaction failed");
        return null;
      }
      return new Saved(libc, disposition);
    } catch (LinkageError e) {
      LOG.debug("SIGQUIT disposition not read: {}", e.toString());
      return null;
    }
  }
}
