package io.github.sixps.formulation.render;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every key a terminology gives a text for, in the order and groups of the complete English set
 * ({@code leeds-6ps.properties}), with what each is for and the placeholders its text may use.
 * The English set is the one list of keys, so the template, the documentation and the checks
 * of a council's file can never disagree about which keys there are.
 */
final class TerminologyKeys {
  /** The file of the complete English set, whose keys are all the keys there are. */
  static final String ENGLISH = "terminology/leeds-6ps.properties";
  /** A placeholder in a text, such as {@code {date}}. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  /** The keys whose text is a language tag and a direction rather than words. */
  static final String LANGUAGE = "language";
  static final String DIRECTION = "direction";

  /** One key: its name, what it is for, its English text and the placeholders it may use. */
  record Key(String name, String description, String english, ImmutableSet<String> placeholders) {
    /** {@return whether the English text starts or ends with a space, which is then kept} */
    boolean keepsOuterSpace() {
      return !english.equals(english.strip());
    }

    /** {@return whether the text is a list of prompts separated by {@code |}} */
    boolean isList() {
      return name.endsWith(".prompts");
    }
  }

  /** A group of keys with what they have in common. */
  record Group(String description, ImmutableList<Key> keys) {}

  static final ImmutableList<Group> GROUPS = read();
  static final ImmutableMap<String, Key> BY_NAME = index();
  /** The keys of the first terminology files, one per {@link Label}, read as the headings'. */
  static final ImmutableMap<String, String> LEGACY = legacy();

  private TerminologyKeys() {}

  private static ImmutableList<Group> read() {
    String text;
    try (InputStream in = TerminologyKeys.class.getResourceAsStream(ENGLISH)) {
      Preconditions.checkState(in != null, "missing resource %s", ENGLISH);
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + ENGLISH, e);
    }
    Properties values = new Properties();
    try {
      values.load(new StringReader(text));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + ENGLISH, e);
    }
    List<Group> groups = new ArrayList<>();
    String group = null;
    List<Key> keys = new ArrayList<>();
    StringBuilder about = new StringBuilder();
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (s.startsWith("## ")) {
        if (group != null) {
          groups.add(new Group(group, ImmutableList.copyOf(keys)));
        }
        group = s.substring(3).strip();
        keys.clear();
        about.setLength(0);
      } else if (s.startsWith("#")) {
        about.append(about.length() == 0 ? "" : " ").append(s.substring(1).strip());
      } else if (s.isEmpty()) {
        about.setLength(0);
      } else if (group != null) {
        String name = s.split("[=:]", 2)[0].strip();
        String english = values.getProperty(name);
        Preconditions.checkState(english != null, "%s: no value for %s", ENGLISH, name);
        // A placeholder the description names may be used too, such as {rank} beside the
        // English-only {ordinal}.
        keys.add(new Key(name, about.toString(), english, ImmutableSet.<String>builder()
            .addAll(placeholders(english)).addAll(placeholders(about.toString())).build()));
        about.setLength(0);
      }
    }
    groups.add(new Group(group, ImmutableList.copyOf(keys)));
    return ImmutableList.copyOf(groups);
  }

  private static ImmutableMap<String, Key> index() {
    Map<String, Key> byName = new LinkedHashMap<>();
    GROUPS.forEach(g -> g.keys().forEach(k -> byName.put(k.name(), k)));
    return ImmutableMap.copyOf(byName);
  }

  private static ImmutableMap<String, String> legacy() {
    ImmutableMap.Builder<String, String> legacy = ImmutableMap.builder();
    for (Label label : Label.values()) {
      String key = "headings." + label.key();
      Preconditions.checkState(BY_NAME.containsKey(key), "%s has no %s", ENGLISH, key);
      legacy.put(label.key(), key);
    }
    return legacy.build();
  }

  /** {@return the placeholders in a text, such as {@code date} in "Due {date}"} */
  static ImmutableSet<String> placeholders(String text) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names.build();
  }
}
