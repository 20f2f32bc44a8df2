package io.github.sixps.formulation.redact;

import com.google.common.collect.ImmutableList;
import java.util.regex.Pattern;

/**
 * Generic names for agencies, chosen by a keyword in the agency's own name: "Riverside Primary
 * School" becomes "the school", "Millbay Surgery" becomes "the health service". The first rule
 * that fits wins, so the order below matters: a school nursing service is a health service.
 */
final class Agencies {
  private Agencies() {}

  private record Rule(Pattern keywords, String generic) {}

  private static Rule rule(String keywords, String generic) {
    return new Rule(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + keywords + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), generic);
  }

  private static final ImmutableList<Rule> RULES = ImmutableList.of(
      rule("early help|family support service", "the early help service"),
      // Adult services are named apart: calling them children's social care would change who
      // did what in the story.
      rule("adult social care|adult services|adult social services", "adult social care"),
      rule("social care|social services|social work|children['\u2019]?s services|"
          + "safeguarding|mash", "children's social care"),
      rule("police|constabulary", "the police"),
      rule("health|nhs|gp|surgery|hospital|clinic|medical|nursing|health visiting|camhs|"
          + "midwifery|pharmacy|dental|dentist|practice nurse", "the health service"),
      rule("school|academy|college|nursery|primary|secondary|high|infants|juniors|pupil referral"
          + "|education|university|sixth form", "the school"),
      rule("housing|homes", "the housing service"),
      rule("probation|youth justice|youth offending|yot", "the youth justice service"));

  /** The generic name for an agency; "a partner agency" when no keyword fits. */
  static String generic(String agency) {
    for (Rule rule : RULES) {
      if (rule.keywords().matcher(agency).find()) {
        return rule.generic();
      }
    }
    return agency.isBlank() ? agency : "a partner agency";
  }

  /** Words the generic names are made of, which are never names of anyone. */
  static ImmutableList<String> genericNames() {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    RULES.forEach(r -> names.add(r.generic()));
    return names.add("a partner agency").build();
  }
}
