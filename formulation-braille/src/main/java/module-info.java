/**
 * SixPs Braille: a Braille Ready File (.brf) of a formulation in Unified English Braille, laid
 * out from the shared document outline and translated by liblouis.
 *
 * <p>liblouis-java has no module name of its own, so it is the automatic module {@code
 * liblouis.java}. Its {@code resources} jar (the native library and the tables) would take the
 * same automatic name, so on the module path it goes on the class path instead, where liblouis
 * finds it all the same.
 */
module io.github.sixps.formulation.braille {
  requires transitive io.github.sixps.formulation.render;
  requires com.google.common;
  requires liblouis.java;

  exports io.github.sixps.formulation.render.braille;
}
