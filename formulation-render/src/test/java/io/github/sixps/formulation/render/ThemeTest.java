package io.github.sixps.formulation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ThemeTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0};
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0};

  @Test
  void anAccentTooPaleToReadIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Theme.plain().withAccent("#ffcc00"));
    assertTrue(e.getMessage().contains("needs at least 4.5:1"), e.getMessage());
    assertEquals("#1d4f91", Theme.plain().accent());
    assertEquals("#0b5394", Theme.plain().withAccent("#0B5394").accent());
    assertThrows(IllegalArgumentException.class, () -> Theme.plain().withAccent("navy"));
  }

  @Test
  void logosArePngOrJpegBytesOnly() {
    assertEquals("image/png", Theme.plain().withLogo(PNG).logoMediaType().orElseThrow());
    assertEquals("image/jpeg", Theme.plain().withLogo(JPEG).logoMediaType().orElseThrow());
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"
        .getBytes(StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Theme.plain().withLogo(svg));
    assertTrue(e.getMessage().contains("SVG included, are refused"), e.getMessage());
  }

  @Test
  void theLogoCannotBeChangedFromOutside() {
    byte[] bytes = PNG.clone();
    Theme theme = Theme.plain().withLogo(bytes);
    bytes[1] = 'X';
    assertEquals("image/png", theme.logoMediaType().orElseThrow());
    theme.logo().orElseThrow()[1] = 'X';
    assertEquals('P', theme.logo().orElseThrow()[1]);
  }
}
