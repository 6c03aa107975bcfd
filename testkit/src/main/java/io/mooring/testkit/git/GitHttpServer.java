package io.mooring.testkit.git;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jgit.http.server.GitServlet;

/**
 * Serves every bare repository under a root directory over Git's smart HTTP protocol on loopback,
 * using JGit's own GitServlet on Jetty. A repository at {@code root/apps.git} is at {@code
 * url("apps.git")}. Optionally requires basic authentication. Read-only (no push).
 */
public final class GitHttpServer implements AutoCloseable {
  /** A user name and password the server demands. */
  public record BasicAuth(String username, String password) {
    @Override
    public String toString() {
      return "BasicAuth[username=" + username + ", password=***]";
    }
  }

  private final Server server;
  private final UploadPackCounter counter;

  private GitHttpServer(Server server, UploadPackCounter counter) {
    this.server = server;
    this.counter = counter;
  }

  /** Starts an open server for the repositories under {@code root}. */
  public static GitHttpServer start(Path root) {
    return start(root, Optional.empty());
  }

  /** Starts a server that demands the given basic-auth credentials. */
  public static GitHttpServer startWithBasicAuth(Path root, BasicAuth auth) {
    return start(root, Optional.of(auth));
  }

  private static GitHttpServer start(Path root, Optional<BasicAuth> auth) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(0);
    server.addConnector(connector);

    GitServlet servlet = new GitServlet();
    servlet.setRepositoryResolver(new RepoDirectoryResolver<HttpServletRequest>(root));
    ServletContextHandler context = new ServletContextHandler("/");
    UploadPackCounter counter = new UploadPackCounter();
    context.addFilter(new FilterHolder(counter), "/*", EnumSet.of(DispatcherType.REQUEST));
    auth.ifPresent(
        a ->
            context.addFilter(
                new FilterHolder(new BasicAuthFilter(a.username(), a.password())),
                "/*",
                EnumSet.of(DispatcherType.REQUEST)));
    context.addServlet(new ServletHolder(servlet), "/*");
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("could not start the test Git HTTP server", e);
    }
    return new GitHttpServer(server, counter);
  }

  /** The port the server listens on. */
  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /** The clone URL of the repository at {@code root/name}. */
  public String url(String name) {
    return "http://127.0.0.1:" + port() + "/" + name;
  }

  /** How many fetches or clones (upload-pack ref advertisements) clients have begun so far. */
  public int uploadPackRequests() {
    return counter.count();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the test Git HTTP server", e);
    }
  }
}
