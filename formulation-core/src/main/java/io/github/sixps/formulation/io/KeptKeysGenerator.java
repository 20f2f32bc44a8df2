package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.util.Map;

/**
 * The writer's generator, writing back the keys a lenient read kept: as each object ends, the
 * kept keys whose path lies in that object are written there, after the keys this version
 * knows. Paths are the reader's ({@code plan.actions[2].cost}), by position in each list.
 */
final class KeptKeysGenerator extends JsonGeneratorDelegate {
  private final UnknownKeys kept;

  KeptKeysGenerator(JsonGenerator out, UnknownKeys kept) {
    super(out, true);
    this.kept = kept;
  }

  @Override
  public void writeEndObject() throws IOException {
    for (Map.Entry<String, Object> e : kept.in(path(getOutputContext())).entrySet()) {
      writeFieldName(e.getKey());
      RawValue.write(this, e.getValue());
    }
    super.writeEndObject();
  }

  /** The path of an object as the reader gives paths: keys joined by dots, [N] for an entry. */
  static String path(JsonStreamContext c) {
    JsonStreamContext parent = c.getParent();
    if (parent == null || parent.inRoot()) {
      return "";
    }
    String above = path(parent);
    if (parent.inObject()) {
      String key = Echo.escaped(parent.getCurrentName());
      return above.isEmpty() ? key : above + "." + key;
    }
    return above + "[" + parent.getCurrentIndex() + "]";
  }
}
