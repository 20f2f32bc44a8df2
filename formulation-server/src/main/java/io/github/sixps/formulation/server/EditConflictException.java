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

  EditConflictException(String message, StoredFormulation current) {
    super(message);
    this.current = current;
  }

  /** {@return the file as it is on disk now, or empty when it is no longer there} */
  public Optional<StoredFormulation> current() {
    return Optional.ofNullable(current);
  }
}
