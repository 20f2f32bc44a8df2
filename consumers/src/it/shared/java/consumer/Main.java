package consumer;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
import io.github.sixps.formulation.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What an embedding application does with SixPs: reads each file given, validates it and
 * renders it to Markdown, HTML and PDF in the folder given last. Prints one line a file.
 */
public final class Main {
  public static void main(String[] args) throws Exception {
    FormulationReader reader = FormulationReader.standard();
    Validator validator = Validator.standard();
    MarkdownRenderer markdown = MarkdownRenderer.builder().build();
    HtmlRenderer html = HtmlRenderer.builder().build();
    PdfRenderer pdf = PdfRenderer.builder().build();
    Path out = Path.of(args[args.length - 1]);
    Files.createDirectories(out);
    for (int i = 0; i < args.length - 1; i++) {
      Path file = Path.of(args[i]);
      String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      Formulation f = reader.read(file);
      int findings = validator.validate(f, LocalDate.of(2026, 12, 1)).findings().size();
      Files.writeString(out.resolve(name + ".md"), markdown.render(f), StandardCharsets.UTF_8);
      Files.writeString(out.resolve(name + ".html"), html.render(f), StandardCharsets.UTF_8);
      Files.write(out.resolve(name + ".pdf"), pdf.render(f));
      System.out.println(name + ": " + findings + " findings; md, html and pdf written");
    }
  }
}
