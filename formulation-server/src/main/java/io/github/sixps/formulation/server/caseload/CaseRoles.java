package io.github.sixps.formulation.server.caseload;

import io.github.sixps.formulation.model.Contributor;
import java.util.List;
import java.util.Locale;

/**
 * Which professionals hold cases, for the caseload's worker filter: those whose role names a
 * case-holding job (a social worker, a family support worker or practitioner, a team manager, a
 * key worker or lead professional, a personal adviser, a youth justice worker), matched in
 * any case anywhere in the role ("Kerys's social worker"). Those who contribute to a
 * formulation without holding the case (a head of year, a GP, a nurse, the police) are left
 * out, so the filter lists the people a team manager supervises.
 */
final class CaseRoles {
  private static final List<String> HOLDING = List.of("social worker", "family support",
      "family practitioner", "team manager", "key worker", "keyworker", "lead professional",
      "lead practitioner", "kinship support worker", "personal adviser", "youth justice",
      "case worker", "caseworker", "early help worker", "early help practitioner");

  private CaseRoles() {}

  /**
   * {@return whether the contributor's role is one that holds cases}
   *
   * @param c a contributor
   */
  static boolean holdsCases(Contributor c) {
    String role = c.role().orElse("").toLowerCase(Locale.ROOT);
    return HOLDING.stream().anyMatch(role::contains);
  }
}
