package io.github.sixps.formulation.server.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider for the tests that keeps every message Jetty logs, at every level down to
 * trace, and a java.util.logging handler that does the same, so a test can check that nothing
 * logged holds a formulation's words. Nothing goes to the console.
 *
 * <p>In a package of the tests' own, which the module does not export: in the exported
 * {@code server} package, javac warned that SLF4J's types in its signatures are not exported
 * with it.
 */
public final class CapturedLogs implements SLF4JServiceProvider {
  private static final List<String> LINES = new ArrayList<>();
  private static volatile boolean capturing;

  /** Keeps every level from now on, or none; off at first, so other tests log nothing. */
  public static void capture(boolean on) {
    capturing = on;
  }

  /** {@return everything logged so far, through SLF4J and java.util.logging, a line each} */
  public static synchronized List<String> all() {
    return List.copyOf(LINES);
  }

  static synchronized void add(String line) {
    LINES.add(line);
  }

  /** Sends java.util.logging here too, at every level. */
  public static void captureJavaLogging() {
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(java.util.logging.Level.ALL);
    root.addHandler(new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (!capturing) {
          return;
        }
        Object[] params = r.getParameters();
        add(r.getLevel() + " " + r.getLoggerName() + " " + r.getMessage() + " " + (params == null ? ""
            : java.util.Arrays.toString(params))
            + (r.getThrown() == null ? "" : " " + r.getThrown()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
  }

  private final ConcurrentHashMap<String, Logger> loggers = new ConcurrentHashMap<>();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return name -> loggers.computeIfAbsent(name, Captured::new);
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class Captured extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    Captured(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
        Object[] arguments, Throwable throwable) {
      StringBuilder line = new StringBuilder(level + " " + name + " "
          + MessageFormatter.basicArrayFormat(pattern, arguments));
      for (Throwable t = throwable; t != null; t = t.getCause()) {
        line.append(" ").append(t);
      }
      add(line.toString());
    }

    @Override
    public boolean isTraceEnabled() {
      return capturing;
    }

    @Override
    public boolean isDebugEnabled() {
      return capturing;
    }

    @Override
    public boolean isInfoEnabled() {
      return capturing;
    }

    @Override
    public boolean isWarnEnabled() {
      return capturing;
    }

    @Override
    public boolean isErrorEnabled() {
      return capturing;
    }
  }
}
