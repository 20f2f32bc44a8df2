package io.github.sixps.formulation.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The policy a rendered page is sent with allows its own style elements and nothing else. */
class AnswersTest {
  private static String hash(String css) throws Exception {
    return "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(css.getBytes(StandardCharsets.UTF_8))) + "'";
  }

  @Test
  void eachStyleElementIsAllowedByTheDigestOfExactlyItsText() throws Exception {
    String first = "\n body { color: #0b0c0c; }\n p > a { x: '</sty' }\n";
    String second = "@media print { .x { display: none } }";
    String html = "<!DOCTYPE html><html><head><style>" + first + "</style>"
        + "<style media=\"print\">" + second + "</style></head><body><p>شكرا</p>"
        + "<style></style></body></html>";
    String policy = Answers.documentPolicy(html);
    assertTrue(policy.contains("style-src " + hash(first) + " " + hash(second) + " "
        + hash("") + ";"), policy);
    assertTrue(policy.startsWith("default-src 'none'; script-src 'none';"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
  }

  @Test
  void aPageWithNoStyleOrAnUnclosedOneAllowsNone() {
    assertTrue(Answers.documentPolicy("<p>no styles</p>").contains("style-src 'none';"));
    assertTrue(Answers.documentPolicy("<style>p{}").contains("style-src 'none';"));
  }

  @Test
  void theSameStyleTwiceIsNamedOnce() throws Exception {
    String policy = Answers.documentPolicy("<style>a{}</style><style>a{}</style>");
    assertEquals(policy.indexOf(hash("a{}")), policy.lastIndexOf(hash("a{}")), policy);
  }
}
