package io.github.sixps.formulation.server;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Strong entity tags from content digests. */
final class Etags {
  private Etags() {}

  /** {@return the quoted strong tag of {@code bytes}: {@code "sha256-"} and the digest} */
  static String of(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"sha256-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
