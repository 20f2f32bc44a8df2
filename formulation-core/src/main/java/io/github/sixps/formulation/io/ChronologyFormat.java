package io.github.sixps.formulation.io;

import static io.github.sixps.formulation.io.ValueReader.EVENT_DATE;
import static io.github.sixps.formulation.io.ValueReader.TEXT;
import static io.github.sixps.formulation.io.ValueReader.TRUE_OR_FALSE;
import static io.github.sixps.formulation.io.ValueReader.listOf;
import static io.github.sixps.formulation.io.ValueReader.object;
import static io.github.sixps.formulation.io.ValueReader.oneOf;

import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.EventTone;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.PartnershipState;
import io.github.sixps.formulation.model.SiblingLink;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts of {@code sixps/1} that minor version 1.1 added, key by key, and how each becomes
 * the model: the chronology ({@code events}), the family tree ({@code family}) and the
 * language a person or a child's words are in. {@link ChronologyWriter} writes the same keys in
 * the same order.
 */
final class ChronologyFormat {
  private ChronologyFormat() {}

  /**
   * A language tag as BCP 47 shapes it ({@code pl}, {@code pa-Arab}, {@code zh-Hant-HK}): the
   * JSON Schema's pattern is the same.
   */
  static final Pattern LANGUAGE_TAG =
      Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,15}");

  /**
   * The language a person speaks or a child's words are in, as a BCP 47 tag; a language's name
   * in English ("Polish") is refused with its tag ({@code pl}) as the "did you mean".
   */
  static final ValueReader<String> LANGUAGE = c -> {
    String text = TEXT.read(c);
    if (text == null || LANGUAGE_TAG.matcher(text).matches()) {
      return text;
    }
    String tag = tagOf(text);
    return c.reject(Echo.quoted(text) + " is not a language tag; write the language as a BCP 47"
        + " tag, such as pl for Polish, ur for Urdu or pa-Arab for Punjabi in Shahmukhi", tag);
  };

  private static String tagOf(String name) {
    String wanted = name.strip();
    for (String code : Locale.getISOLanguages()) {
      Locale language = Locale.forLanguageTag(code);
      if (language.getDisplayLanguage(Locale.UK).equalsIgnoreCase(wanted)) {
        return language.toLanguageTag();
      }
    }
    return null;
  }

  static final ValueReader<Event> EVENT = object(
      ObjectSpec.of("an event")
          .required("id", TEXT)
          .required("date", EVENT_DATE)
          .optional("until", EVENT_DATE)
          .optional("what", TEXT)
          .optional("source", TEXT)
          .optional("people", listOf(TEXT))
          .optional("kind", TEXT)
          .optional("tone", oneOf(EventTone.class, "a tone"))
          .optional("impact", TEXT),
      f -> new Event(f.text("id"), f.<EventDate>get("date").orElseThrow(), f.get("until"),
          f.text("what"), f.get("source"), f.list("people"), f.get("kind"), f.get("tone"),
          f.get("impact")));

  private static final ValueReader<ParentLink> PARENT = object(
      ObjectSpec.of("a parent link")
          .required("parent", TEXT)
          .required("child", TEXT)
          .required("kind", oneOf(ParentKind.class, "a kind of parent")),
      f -> new ParentLink(f.text("parent"), f.text("child"),
          f.<ParentKind>get("kind").orElseThrow()));

  private static final ValueReader<Partnership> PARTNERSHIP = object(
      ObjectSpec.of("a partnership")
          .required("first", TEXT)
          .required("second", TEXT)
          .required("state", oneOf(PartnershipState.class, "a partnership's state"))
          .optional("from", EVENT_DATE)
          .optional("until", EVENT_DATE),
      f -> new Partnership(f.text("first"), f.text("second"),
          f.<PartnershipState>get("state").orElseThrow(), f.get("from"), f.get("until")));

  private static final ValueReader<SiblingLink> SIBLINGS = object(
      ObjectSpec.of("a sibling link")
          .required("first", TEXT)
          .required("second", TEXT)
          .optional("twins", TRUE_OR_FALSE),
      f -> new SiblingLink(f.text("first"), f.text("second"),
          f.<Boolean>get("twins").orElse(false)));

  private static final ValueReader<Household> HOUSEHOLD = object(
      ObjectSpec.of("a household")
          .required("id", TEXT)
          .optional("name", TEXT)
          .optional("members", listOf(TEXT)),
      f -> new Household(f.text("id"), f.get("name"), f.list("members")));

  static final ValueReader<FamilyTree> FAMILY = object(
      ObjectSpec.of("a family tree")
          .optional("parents", listOf(PARENT))
          .optional("partnerships", listOf(PARTNERSHIP))
          .optional("siblings", listOf(SIBLINGS))
          .optional("households", listOf(HOUSEHOLD)),
      f -> new FamilyTree(f.list("parents"), f.list("partnerships"), f.list("siblings"),
          f.list("households")));
}
