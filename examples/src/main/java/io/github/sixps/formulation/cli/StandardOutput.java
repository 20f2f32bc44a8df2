package io.github.sixps.formulation.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * The program's standard output as a stream that remembers why a write to it failed. Java's
 * {@code System.out} and a {@code PrintWriter} over it swallow the error (a full disk, a closed
 * pipe, {@code /dev/full}) and keep only a flag, {@code checkError()}; this keeps the reason, so
 * that the command can say it in words and exit with code 4, as for any output it could not
 * write.
 */
final class StandardOutput extends FilterOutputStream {
  private volatile IOException failure;

  StandardOutput() {
    super(new FileOutputStream(FileDescriptor.out));
  }

  /** {@return why a write failed, if one did} */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      remember(e);
      throw e;
    }
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      remember(e);
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      remember(e);
      throw e;
    }
  }

  private void remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
  }
}
