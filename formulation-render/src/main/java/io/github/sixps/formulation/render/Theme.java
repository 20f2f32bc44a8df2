package io.github.sixps.formulation.render;

import com.google.common.base.Preconditions;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a rendered formulation is branded: the organisation's name, an accent colour and a logo.
 * The accent must keep text readable (a contrast of at least 4.5:1 against white, WCAG AA) or it
 * is refused. A logo is given as PNG or JPEG bytes, never as an address: nothing is ever fetched,
 * and SVG is refused because it can carry scripts.
 *
 * <pre>{@code
 * Theme theme = Theme.plain()
 *     .withOrganisation("Riverside Council")
 *     .withAccent("#1d4f91")
 *     .withLogo(Files.readAllBytes(Path.of("logo.png")));
 * }</pre>
 */
public final class Theme {
  private static final String DEFAULT_ACCENT = "#1d4f91";
  private static final Theme PLAIN = new Theme(Optional.empty(), DEFAULT_ACCENT, Optional.empty());
  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  private final Optional<String> organisation;
  private final String accent;
  private final Optional<byte[]> logo;

  private Theme(Optional<String> organisation, String accent, Optional<byte[]> logo) {
    this.organisation = organisation;
    this.accent = accent;
    this.logo = logo;
  }

  /**
   * {@return the plain theme: no organisation name, no logo, and a dark blue accent} The accent is
   * {@code #1d4f91}.
   */
  public static Theme plain() {
    return PLAIN;
  }

  /** {@return the organisation named on outputs, if any} */
  public Optional<String> organisation() {
    return organisation;
  }

  /** {@return the accent colour as {@code #rrggbb}} */
  public String accent() {
    return accent;
  }

  /** {@return the logo's bytes, if any} */
  public Optional<byte[]> logo() {
    return logo.map(byte[]::clone);
  }

  /**
   * {@return the logo's media type, {@code image/png} or {@code image/jpeg}, if there is a logo}
   */
  public Optional<String> logoMediaType() {
    return logo.map(Theme::mediaType);
  }

  /**
   * A copy naming the organisation.
   *
   * @param name the organisation to name on outputs, such as "Riverside Council"
   * @return a copy of this theme with that name
   * @throws IllegalArgumentException if the name is blank
   */
  public Theme withOrganisation(String name) {
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkArgument(!name.isBlank(), "name must not be blank");
    return new Theme(Optional.of(name), accent, logo);
  }

  /**
   * A copy with another accent colour.
   *
   * @param hex a colour as {@code #rrggbb}
   * @return a copy of this theme with that accent, in lower case
   * @throws IllegalArgumentException if it is not {@code #rrggbb}, or its contrast against white
   *     is below 4.5:1 so text in it would be hard to read
   */
  public Theme withAccent(String hex) {
    Preconditions.checkNotNull(hex, "hex");
    Preconditions.checkArgument(HEX.matcher(hex).matches(),
        "hex must be a colour written #rrggbb, was \"%s\"", hex);
    double contrast = contrastWithWhite(hex);
    Preconditions.checkArgument(contrast >= 4.5, "hex: %s has a contrast of %s:1 against white;"
        + " text needs at least 4.5:1, so choose a darker colour", hex,
        String.format(Locale.ROOT, "%.2f", contrast));
    return new Theme(organisation, hex.toLowerCase(Locale.ROOT), logo);
  }

  /**
   * A copy with a logo.
   *
   * @param image PNG or JPEG bytes
   * @return a copy of this theme with the logo, which keeps its own copy of the bytes
   * @throws IllegalArgumentException for anything else, SVG included
   */
  public Theme withLogo(byte[] image) {
    Preconditions.checkNotNull(image, "image");
    mediaType(image);
    return new Theme(organisation, accent, Optional.of(image.clone()));
  }

  private static String mediaType(byte[] b) {
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    throw new IllegalArgumentException("image: a logo must be a PNG or JPEG image; other kinds,"
        + " SVG included, are refused");
  }

  /** The WCAG contrast ratio of a {@code #rrggbb} colour against white. */
  static double contrastWithWhite(String hex) {
    double l = luminance(hex);
    return 1.05 / (l + 0.05);
  }

  private static double luminance(String hex) {
    double[] rgb = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Theme)) {
      return false;
    }
    Theme t = (Theme) o;
    return organisation.equals(t.organisation) && accent.equals(t.accent)
        && logo.isPresent() == t.logo.isPresent()
        && (logo.isEmpty() || Arrays.equals(logo.get(), t.logo.get()));
  }

  @Override
  public int hashCode() {
    return organisation.hashCode() * 31 + accent.hashCode();
  }

  @Override
  public String toString() {
    return "Theme{" + organisation.orElse("no organisation") + ", " + accent
        + (logo.isPresent() ? ", " + logoMediaType().get() + " logo" : "") + "}";
  }
}
