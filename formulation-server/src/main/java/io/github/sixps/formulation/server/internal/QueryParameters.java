package io.github.sixps.formulation.server.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
   * {@return the names of the parameters in the request's address (its query string), decoded,
   * in order; never those of a form's body}
   *
   * @param request the request
   */
  public static List<String> names(HttpServletRequest request) {
    String query = request.getQueryString();
    List<String> out = new ArrayList<>();
    if (query == null || query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      String key = pair.split("=", 2)[0];
      try {
        out.add(URLDecoder.decode(key, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A malformed escape: kept as written, so that it is still named as unknown.
        out.add(key);
      }
    }
    return out;
  }

  /**
   * Refuses a parameter the route does not take, as a mistyped one would otherwise be ignored
   * and the answer not be what was asked for.
   *
   * @param route the route, to name in the message, such as {@code /api/render}
   * @param known every parameter the route takes
   * @throws RequestBody.Refused with a 400 problem naming the first unknown parameter, the
   *     nearest known one and every one the route takes
   */
  public void onlyThese(String route, Collection<String> known) throws RequestBody.Refused {
    for (String name : names(request)) {
      if (name.isEmpty() || known.contains(name)) {
        continue;
      }
      String takes = known.isEmpty() ? route + " takes no parameters"
          : route + " takes " + String.join(", ", known);
      ProblemResponse p = ProblemResponse.of(400, Shown.value(name) + ": not a parameter of "
          + route + NearestName.of(name, known).map(n -> "; did you mean " + n + "?")
          .orElse("") + " (" + takes + ")");
      p.body().put("parameter", name);
      throw new RequestBody.Refused(p);
    }
  }

  /**
   * {@return the value of a parameter that is true or false; {@code false} when left out}
   *
   * @param name the parameter
   * @throws RequestBody.Refused with a 400 problem if it is neither
   */
  public boolean flag(String name) throws RequestBody.Refused {
    Optional<String> given = text(name);
    if (given.isEmpty() || given.get().equalsIgnoreCase("false")) {
      return false;
    }
    if (given.get().equalsIgnoreCase("true")) {
      return true;
    }
    throw new RequestBody.Refused(ProblemResponse.of(400, name + ": "
        + Shown.value(given.get()) + " is not true or false"));
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
