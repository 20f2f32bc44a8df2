/** The consumer as a named module: what the developer's guide tells a module-path user to write. */
module consumer {
  requires io.github.sixps.formulation.pdf;
}
