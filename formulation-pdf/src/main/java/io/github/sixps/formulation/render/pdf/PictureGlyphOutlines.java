package io.github.sixps.formulation.render.pdf;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the pictures' glyph outlines depend on the document being drawn and nothing else, so
 * that the same input gives the same PDF bytes in any Java, whatever it rendered before.
 *
 * <p>Batik, which draws the pictures (SVG) into the PDF, keeps each glyph's outline in a cache
 * shared by the whole Java, one per font and character ({@code AWTGVTFont.fontCache}). It makes
 * the outline by taking the glyph as the JDK places it in the line it first meets it in and
 * moving it back to the origin; in single-precision coordinates that round trip loses the last
 * digits differently at every position. So the first document a Java drew fixed the outlines of
 * every later one: a file rendered alone and the same file rendered after another differed in
 * the fourth decimal place of some points of the 6Ps picture ({@code 200.9181} against {@code
 * 200.918}), and so in length and {@code /ID}. The cache is also a plain {@code HashMap} that
 * renders on several threads write to at once.
 *
 * <p>This replaces that map, once, with one that keeps no outline: every lookup gets an empty
 * cache, so each glyph's outline is made from its own line, the same in every run. A picture
 * costs a little more to draw (each glyph's outline is asked of the JDK each time). The field is
 * package-private in Batik, so it is set by reflection; Batik's jars are automatic modules, whose
 * packages are open. Should a later Batik lack it, pictures are drawn as before and only the
 * sameness across Javas is lost, which {@code SamePdfBytesTest} would report.
 */
final class PictureGlyphOutlines {
  private static final String FONT = "org.apache.batik.gvt.font.AWTGVTFont";
  private static final String CACHE = "org.apache.batik.gvt.font.AWTGlyphGeometryCache";

  private PictureGlyphOutlines() {}

  /** Replaces Batik's shared outline cache, once per class loader. */
  static synchronized void install() {
    try {
      Class<?> font = Class.forName(FONT);
      Class<?> cache = Class.forName(CACHE);
      Field field = font.getDeclaredField("fontCache");
      field.setAccessible(true);
      if (!(field.get(null) instanceof NothingKept)) {
        field.set(null, new NothingKept(cache, cache.getConstructor()));
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // A Batik without this cache, or one that will not let it be replaced: see above.
    }
  }

  /**
   * Batik's map from a font to its outline cache, which gives an empty cache for every font
   * and forgets those handed back to it. Anything else Batik puts in it is kept.
   */
  private static final class NothingKept extends AbstractMap<Object, Object> {
    private final Class<?> cache;
    private final Constructor<?> empty;
    private final Map<Object, Object> others = new ConcurrentHashMap<>();

    NothingKept(Class<?> cache, Constructor<?> empty) {
      this.cache = cache;
      this.empty = empty;
    }

    @Override
    public Object get(Object key) {
      Object other = others.get(key);
      if (other != null) {
        return other;
      }
      try {
        return empty.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Batik's outline cache could not be made", e);
      }
    }

    @Override
    public boolean containsKey(Object key) {
      return true;
    }

    @Override
    public Object put(Object key, Object value) {
      return cache.isInstance(value) ? null : others.put(key, value);
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return others.entrySet();
    }
  }
}
