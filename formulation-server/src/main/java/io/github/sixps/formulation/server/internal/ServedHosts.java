package io.github.sixps.formulation.server.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code Host} header values a server bound to an address answers to: the address itself,
 * and for the loopback address {@code localhost} and both loopback literals; for the wildcard
 * address, every address of this machine and its name.
 */
public final class ServedHosts {
  private ServedHosts() {}

  /**
   * {@return the hosts, each as {@code name:port}}
   *
   * @param bind the address listened on
   * @param port the port listened on
   */
  public static Set<String> of(InetAddress bind, int port) {
    Set<String> hosts = new LinkedHashSet<>();
    hosts.add(authority(bind, port));
    if (bind.isLoopbackAddress() || bind.isAnyLocalAddress()) {
      hosts.add("localhost:" + port);
      hosts.add("127.0.0.1:" + port);
      hosts.add("[::1]:" + port);
    }
    if (bind.isAnyLocalAddress()) {
      try {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          for (InetAddress a : Collections.list(ni.getInetAddresses())) {
            hosts.add(authority(a, port));
          }
        }
        hosts.add(InetAddress.getLocalHost().getHostName().toLowerCase() + ":" + port);
      } catch (SocketException | java.net.UnknownHostException e) {
        // Without the list, only the addresses already added are answered to.
      }
    }
    return hosts;
  }

  /**
   * {@return the address to give people for a server bound to {@code bind}: {@code bind} itself,
   * except for the wildcard address, which no browser on another machine can open: then this
   * machine's first address on a network that is up (IPv4 first, not loopback, not link-local),
   * or the loopback address if it has none}
   *
   * @param bind the address listened on
   */
  public static InetAddress reachable(InetAddress bind) {
    if (!bind.isAnyLocalAddress()) {
      return bind;
    }
    InetAddress found = null;
    try {
      for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!ni.isUp() || ni.isLoopback()) {
          continue;
        }
        for (InetAddress a : Collections.list(ni.getInetAddresses())) {
          if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()) {
            continue;
          }
          if (found == null || (found instanceof Inet6Address && !(a instanceof Inet6Address))) {
            found = a;
          }
        }
      }
    } catch (SocketException e) {
      // Without the list, the loopback address below.
    }
    return found != null ? found : InetAddress.getLoopbackAddress();
  }

  /**
   * {@return {@code address:port} as a URL holds it, IPv6 in brackets and without a zone}
   *
   * @param address the address
   * @param port the port
   */
  public static String authority(InetAddress address, int port) {
    String literal = address.getHostAddress();
    if (address instanceof Inet6Address) {
      int zone = literal.indexOf('%');
      literal = "[" + (zone >= 0 ? literal.substring(0, zone) : literal) + "]";
    }
    return literal + ":" + port;
  }
}
