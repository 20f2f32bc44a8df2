package io.github.sixps.formulation.testing;

import java.util.Optional;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caps every property's tries, and fixes its seed, when the system property
 * {@value #PROPERTY} is set; without it, every property runs as its annotation says.
 *
 * <p>The mutation-testing profile runs the whole suite once per mutant, so the thousands of
 * tries that make sense in an ordinary build would take hours there. A fixed seed keeps the
 * mutation score the same from one run to the next. jqwik's own {@code jqwik.tries.default}
 * would not do: it gives way to the {@code tries} written on each property.
 *
 * <p>Registered for every property through {@code META-INF/services} in the core test jar, so
 * the render module's and the examples' properties honour it too:
 *
 * <pre>{@code
 * mvn -Dsixps.tries.max=20 ...   // every property runs at most 20 tries, from one seed
 * }</pre>
 */
public final class TriesLimit implements AroundPropertyHook {
  /** The system property holding the largest number of tries any property may run. */
  public static final String PROPERTY = "sixps.tries.max";

  /** The seed used while the limit is on; any fixed value keeps runs comparable. */
  private static final String SEED = "42";

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    limit().ifPresent(max -> {
      int tries = context.attributes().tries().orElse(max);
      context.attributes().setTries(Math.min(tries, max));
      context.attributes().setSeed(SEED);
      // Not the last failing sample: a mutant killed earlier must not change what the next sees.
      context.attributes().setAfterFailure(AfterFailureMode.RANDOM_SEED);
    });
    return property.execute();
  }

  private static Optional<Integer> limit() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      int max = Integer.parseInt(value.strip());
      if (max < 1) {
        throw new IllegalArgumentException(PROPERTY + " must be at least 1, but was " + max);
      }
      return Optional.of(max);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          PROPERTY + " must be a whole number, but was \"" + value + "\"", e);
    }
  }
}
