package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.list;
import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A presenting issue: what we are worried about, here and now.
 *
 * <pre>{@code
 * PresentingIssue p1 = PresentingIssue.of("P1", "Amira has missed a lot of school this term.")
 *     .withDomain(Domain.CHILD_DEVELOPMENT)
 *     .withSources(List.of("school", "sara"));
 * }</pre>
 *
 * @param id the id other parts refer to
 * @param statement the worry, in plain words
 * @param domain the side of the Assessment Framework triangle it belongs to, if recorded
 * @param sources ids of the people or contributors whose view this is
 */
public record PresentingIssue(
    String id, String statement, Optional<Domain> domain, List<String> sources)
    implements Item {
  /**
   * Checks that no argument is null and copies the list.
   *
   * @param id the id other parts refer to
   * @param statement the worry, in plain words
   * @param domain the side of the Assessment Framework triangle it belongs to, if recorded
   * @param sources ids of the people or contributors whose view this is
   * @throws NullPointerException if an argument, or an element of a list, is null
   */
  public PresentingIssue {
    required(id, "id");
    required(statement, "statement");
    optional(domain, "domain");
    sources = list(sources, "sources");
  }

  /**
   * A presenting issue with no domain and no sources yet.
   *
   * @param id the id other parts will use to refer to it, such as {@code "P1"}
   * @param statement the worry, in plain words
   * @return the presenting issue
   */
  public static PresentingIssue of(String id, String statement) {
    return new PresentingIssue(id, statement, Optional.empty(), ImmutableList.of());
  }

  /**
   * A copy with the given domain.
   *
   * @param value the side of the Assessment Framework triangle it belongs to
   * @return a copy of this issue in that domain
   */
  public PresentingIssue withDomain(Domain value) {
    return new PresentingIssue(id, statement, Optional.of(required(value, "domain")), sources);
  }

  /**
   * A copy with the given sources.
   *
   * @param value ids of the people or contributors whose view this is
   * @return a copy of this issue with those sources instead of its own
   */
  public PresentingIssue withSources(List<String> value) {
    return new PresentingIssue(id, statement, domain, list(value, "sources"));
  }
}
