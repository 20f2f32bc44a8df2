/**
 * The SixPs core: the 6Ps formulation model and its YAML and JSON file format.
 */
module io.github.sixps.formulation.core {
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  // ResultsJson gives the results as Jackson trees, for a program to store or pass on.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires org.apache.commons.text;

  exports io.github.sixps.formulation.model;
  exports io.github.sixps.formulation.io;
  exports io.github.sixps.formulation.language;
  exports io.github.sixps.formulation.prioritise;
  exports io.github.sixps.formulation.validate;
  exports io.github.sixps.formulation.redact;
  exports io.github.sixps.formulation.review;
  exports io.github.sixps.formulation.spelling;

  exports io.github.sixps.formulation.internal to io.github.sixps.formulation.render;

  opens io.github.sixps.formulation.io;
}
