package io.github.sixps.formulation.server.internal;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A Jetty server bound to its port, not yet started and with no handler: a few threads, one
 * HTTP/1.1 connector that does not name its software, connections closed when idle and bounded
 * in number, so that clients that connect and send nothing, or a header a byte at a time, cannot
 * take every file descriptor (at the limit new ones wait to be accepted, and those idle for a
 * few seconds are closed). Slow bodies are {@link Intake}'s concern.
 *
 * @param server the server
 * @param connector its one connector, open: its port is known
 */
public record BoundServer(Server server, ServerConnector connector) {
  /** The most connections open at once. */
  public static final int MAX_CONNECTIONS = 1000;

  /**
   * Makes the server and binds its port.
   *
   * @param bind the address to listen on
   * @param port the port, or 0 for any free one
   * @param idleTimeout how long a connection may be idle
   * @return the server, bound
   * @throws IOException if the port cannot be bound; nothing is left open
   */
  public static BoundServer bind(InetAddress bind, int port, Duration idleTimeout)
      throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool(32, 4);
    threads.setName("formulation-server");
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
    c.setHost(bind.getHostAddress());
    c.setPort(port);
    c.setIdleTimeout(idleTimeout.toMillis());
    server.addConnector(c);
    NetworkConnectionLimit connections = new NetworkConnectionLimit(MAX_CONNECTIONS, server);
    connections.setEndPointIdleTimeout(5000);
    server.addBean(connections);
    try {
      c.open();
    } catch (IOException e) {
      c.close();
      boolean taken = e instanceof BindException || e.getCause() instanceof BindException;
      throw new IOException("cannot listen on " + ServedHosts.authority(bind, port) + ": "
          + (taken ? "the port is in use, or the address is not one of this computer's"
          : e.getMessage()), e);
    }
    return new BoundServer(server, c);
  }
}
