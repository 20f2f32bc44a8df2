package io.github.sixps.formulation.render.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.lang.System.Logger.Level;

/**
 * Routes the layout engine's log to {@link System.Logger} one step quieter. Left alone it writes
 * every INFO and WARNING line to standard error, and most of its warnings are about the HTML
 * page's screen-only CSS (grid, focus rings), which the PDF replaces on purpose; a command-line
 * user should not see them. Its errors still come through as warnings.
 *
 * <p>The engine's logger is global, so this is only installed while it is still the engine's
 * default: an application that chose its own keeps it.
 */
final class QuietLog implements XRLogger {
  private static final System.Logger LOG = System.getLogger("com.openhtmltopdf");

  private QuietLog() {}

  static synchronized void install() {
    XRLogger current = XRLog.getLoggerImpl();
    if (current == null || current.getClass() == JDKXRLogger.class) {
      XRLog.setLoggerImpl(new QuietLog());
    }
  }

  private static Level level(java.util.logging.Level level) {
    if (level.intValue() >= java.util.logging.Level.SEVERE.intValue()) {
      return Level.WARNING;
    }
    return level.intValue() >= java.util.logging.Level.INFO.intValue() ? Level.DEBUG
        : Level.TRACE;
  }

  @Override
  public void log(String where, java.util.logging.Level level, String msg) {
    LOG.log(level(level), () -> where + ": " + msg);
  }

  @Override
  public void log(String where, java.util.logging.Level level, String msg, Throwable th) {
    LOG.log(level(level), () -> where + ": " + msg, th);
  }

  @Override
  public void setLevel(String logger, java.util.logging.Level level) {
    // Levels are the host's to set, on the System.Logger.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return LOG.isLoggable(level(diagnostic.getLevel()));
  }
}
