package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.EventTone;
import java.util.Optional;

/**
 * What the timeline picture shows: the chronology's events in date order, each with its date as
 * recorded, what happened and whether it was a good time or a hard one, and the same as
 * sentences for its text alternative.
 *
 * @param title the picture's title
 * @param events the events, earliest first
 * @param sentences each event in a sentence, in the same order
 */
public record TimelineData(String title, ImmutableList<Moment> events,
    ImmutableList<String> sentences) {

  /**
   * One event on the timeline.
   *
   * @param year the year it began, which places it on the line
   * @param date its date as recorded: "March 2019", "about 2015"
   * @param what what happened, shortened to its first sentence
   * @param tone whether it was a good time or a hard one, if recorded
   * @param toneWords the tone in words, which the picture prints beside the mark
   */
  public record Moment(double year, String date, String what, Optional<EventTone> tone,
      String toneWords) {}
}
