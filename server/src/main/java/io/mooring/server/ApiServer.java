package io.mooring.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.mooring.server.api.ServerAssembly;
import io.mooring.server.http.ErrorMapper;
import io.mooring.server.http.RouteTable;
import io.mooring.server.tls.TlsMaterial;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The API server: Javalin on Jetty, serving the route table over HTTPS or plain HTTP. Every route
 * passes the access gate first; every error leaves through {@link ErrorMapper}.
 */
public final class ApiServer implements AutoCloseable {
  private final ServerAssembly assembly;
  private Javalin javalin;
  private ServerConnector connector;
  private ListenAddress listen;

  public ApiServer(ServerDependencies dependencies, ServerOptions options) {
    this.assembly = ServerAssembly.assemble(dependencies, options);
  }

  /** The routes this server serves, with their declared access. */
  public RouteTable routes() {
    return assembly.routes();
  }

  /**
   * Creates missing secrets (signing key, initial admin password), then listens on {@code port} (0
   * picks a free one) of every interface with {@code transport}.
   */
  public ApiServer start(int port, Transport transport) {
    return start(ListenAddress.allInterfaces(port), transport);
  }

  /**
   * Creates missing secrets (signing key, initial admin password), then listens on {@code listen}
   * with {@code transport}.
   */
  public ApiServer start(ListenAddress listen, Transport transport) {
    if (javalin != null) {
      throw new IllegalStateException("the API server is already started");
    }
    assembly.bootstrap().run();
    this.listen = listen;
    javalin =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.addConnector(
                  (server, http) -> connector(server, http, listen, transport));
              config.routes.beforeMatched(assembly.gate());
              config.routes.exception(HttpResponseException.class, ErrorMapper::handle);
              config.routes.exception(Exception.class, ErrorMapper::handle);
              assembly.routes().install(config.routes);
            });
    javalin.start();
    return this;
  }

  /** Where the server listens, with the port it got. */
  public ListenAddress address() {
    return listen.withPort(port());
  }

  /** The port the server listens on. */
  public int port() {
    if (connector == null) {
      throw new IllegalStateException("the API server is not started");
    }
    return connector.getLocalPort();
  }

  /** Stops serving. */
  public void stop() {
    if (javalin != null) {
      javalin.stop();
      javalin = null;
      connector = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private ServerConnector connector(
      Server server, HttpConfiguration http, ListenAddress listen, Transport transport) {
    ServerConnector created =
        transport instanceof Transport.Tls tls
            ? tlsConnector(server, http, tls.material())
            : new ServerConnector(server, new HttpConnectionFactory(http));
    created.setPort(listen.port());
    listen.host().ifPresent(host -> created.setHost(host.getHostAddress()));
    connector = created;
    return created;
  }

  private static ServerConnector tlsConnector(
      Server server, HttpConfiguration http, TlsMaterial material) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStore(material.keyStore());
    ssl.setKeyStorePassword(new String(material.password()));
    ssl.setCertAlias(material.alias());
    HttpConfiguration https = new HttpConfiguration(http);
    SecureRequestCustomizer customizer = new SecureRequestCustomizer();
    customizer.setSniHostCheck(false);
    https.addCustomizer(customizer);
    return new ServerConnector(
        server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
  }
}
