package io.github.sixps.formulation.server;

import java.util.Optional;

/**
 * A save refused because the file is not the version the editor started from: it was changed on
 * disk (in another tab, another program, by another person), created since, or removed. The
 * exception carries the version on disk now, so that both can be shown and nothing is lost.
 *
 * <pre>{@code
 * try {
 *   folder.put("ahmed", edited, etagWhenLoaded);
 * } catch (EditConflictException e) {
 *   show(edited, e.current());   // theirs and ours, side by side
 * }
 * }</pre>
 */
public final class EditConflictException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient StoredFormulation current;
  /** The name of the file that keeps the refused version; null if none. */
  private final String keptAs;

  EditConflictException(String message, StoredFormulation current) {
    this(message, current, null);
  }

  EditConflictException(String message, StoredFormulation current, String keptAs) {
    super(message);
    this.current = current;
    this.keptAs = keptAs;
  }

  /**
   * {@return the name of the file beside it in the folder that keeps the refused version, for a
   * refused change; empty for a refused creation, or if it could not be kept}
   */
  public Optional<String> keptAs() {
    return Optional.ofNullable(keptAs);
  }

  /** {@return the file as it is on disk now, or empty when it is no longer there} */
  public Optional<StoredFormulation> current() {
    return Optional.ofNullable(current);
  }
}
