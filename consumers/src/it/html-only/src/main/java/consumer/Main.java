package consumer;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads, validates and renders Markdown and HTML only, with formulation-render alone. */
public final class Main {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[args.length - 1]);
    Files.createDirectories(out);
    for (int i = 0; i < args.length - 1; i++) {
      Path file = Path.of(args[i]);
      String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      Formulation f = FormulationReader.standard().read(file);
      int findings = Validator.standard().validate(f, LocalDate.of(2026, 12, 1)).findings().size();
      Files.writeString(out.resolve(name + ".md"), MarkdownRenderer.builder().build().render(f),
          StandardCharsets.UTF_8);
      Files.writeString(out.resolve(name + ".html"), HtmlRenderer.builder().build().render(f),
          StandardCharsets.UTF_8);
      System.out.println(name + ": " + findings + " findings; md and html written");
    }
  }
}
