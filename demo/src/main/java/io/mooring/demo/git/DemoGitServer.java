package io.mooring.demo.git;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.nio.file.Path;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.transport.PostReceiveHook;

/**
 * The demo's Git server: every bare repository under a root directory, served over Git's smart HTTP
 * protocol (JGit's GitServlet on Jetty) on 127.0.0.1, clonable and pushable with plain {@code git}
 * and without accounts. After every push it runs a post-receive hook (the demo's webhook sender).
 */
public final class DemoGitServer implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;

  private DemoGitServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts serving the repositories under {@code root} on {@code port} of 127.0.0.1 (0 picks a free
   * port), running {@code afterPush} after each push.
   *
   * @throws GitServerException when the port cannot be bound
   */
  public static DemoGitServer start(Path root, int port, PostReceiveHook afterPush) {
    QueuedThreadPool threads = new QueuedThreadPool(16, 2);
    threads.setName("demo-git");
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    server.addConnector(connector);

    GitServlet servlet = new GitServlet();
    servlet.setRepositoryResolver(new BareRepositoryResolver<HttpServletRequest>(root));
    servlet.setReceivePackFactory(new PushableReceivePackFactory(afterPush));
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(servlet), "/*");
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      throw new GitServerException(
          "the Git server could not listen on 127.0.0.1:" + port + ": " + rootMessage(e), e);
    }
    return new DemoGitServer(server, connector);
  }

  /** The port the server listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The clone URL of the repository {@code name} (such as {@code examples.git}). */
  public String url(String name) {
    return "http://127.0.0.1:" + port() + "/" + name;
  }

  @Override
  public void close() {
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping: nothing more to do
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
