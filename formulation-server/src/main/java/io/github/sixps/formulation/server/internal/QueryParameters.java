package io.github.sixps.formulation.server.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A request's query parameters, each checked, with a 400 problem naming the parameter if not. */
public final class QueryParameters {
  private final HttpServletRequest request;

  /**
   * Reads the parameters of a request.
   *
   * @param request the request
   */
  public QueryParameters(HttpServletRequest request) {
    this.request = request;
  }

  /**
   * {@return the value of an enumerated parameter, written in lower-kebab-case}
   *
   * @param name the parameter
   * @param type its values
   * @param otherwise the value when it is left out
   * @param <E> the values' type
   * @throws RequestBody.Refused with a 400 problem listing the values, nearest first
   */
  public <E extends Enum<E>> E choice(String name, Class<E> type, E otherwise)
      throws RequestBody.Refused {
    String given = request.getParameter(name);
    if (given == null || given.isEmpty()) {
      return otherwise;
    }
    List<String> names = Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    int i = names.indexOf(given.toLowerCase(Locale.ROOT));
    if (i >= 0) {
      return type.getEnumConstants()[i];
    }
    throw new RequestBody.Refused(ProblemResponse.of(400, name + ": " + Shown.value(given)
        + " is not one of " + String.join(", ", names)
        + NearestName.of(given, names).map(n -> "; did you mean " + n + "?").orElse("")));
  }

  /**
   * {@return the value of a text parameter, if given}
   *
   * @param name the parameter
   */
  public Optional<String> text(String name) {
    return Optional.ofNullable(request.getParameter(name)).filter(s -> !s.isEmpty());
  }

  /**
   * {@return the value of a date parameter (YYYY-MM-DD), if given}
   *
   * @param name the parameter
   * @throws RequestBody.Refused with a 400 problem if it is not a date
   */
  public Optional<LocalDate> date(String name) throws RequestBody.Refused {
    Optional<String> given = text(name);
    try {
      return given.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new RequestBody.Refused(ProblemResponse.of(400, name + ": "
          + Shown.value(given.get()) + " is not a date; write it as YYYY-MM-DD"));
    }
  }
}
