import gen.ApiClient;
import gen.ApiException;
import gen.ApiResponse;
import gen.api.DefaultApi;
import gen.model.Finding;
import gen.model.Stored;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an integrator writes with the client OpenAPI Generator made from the server's
 * /openapi.json: list, read, write back with the ETag, a stale ETag refused, a PDF as bytes,
 * and the checks. Compiled and run by GeneratedClientTest, which reads what it prints.
 */
public class ClientCalls {
  public static void main(String[] args) throws Exception {
    ApiClient client = new ApiClient().setScheme("http").setHost("127.0.0.1")
        .setPort(Integer.parseInt(args[0])).setBasePath("");
    DefaultApi api = new DefaultApi(client);

    List<Stored> listed = api.listFormulations();
    System.out.println("listed " + listed.stream().map(Stored::getId).sorted().toList());

    ApiResponse<Object> got = api.getFormulationWithHttpInfo("ahmed");
    String etag = got.getHeaders().get("ETag").get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> formulation = (Map<String, Object>) got.getData();
    System.out.println("read " + formulation.get("title"));

    formulation.put("title", "Formulation with the Ahmed family, saved by a generated client");
    Stored saved = api.putFormulation("ahmed", formulation, etag, null);
    System.out.println("saved " + saved.getId() + " " + !saved.getEtag().equals(etag));
    try {
      api.putFormulation("ahmed", formulation, etag, null);
      System.out.println("stale saved");
    } catch (ApiException refused) {
      System.out.println("stale refused " + refused.getCode());
    }

    File pdf = api.render(formulation, "pdf", null, null, null, null, null, null, null, null);
    byte[] bytes = Files.readAllBytes(pdf.toPath());
    System.out.println("pdf " + new String(bytes, 0, 5, StandardCharsets.ISO_8859_1) + " "
        + (bytes.length > 10_000));
    File md = api.render(formulation, "md", null, null, null, null, null, null, null, null);
    System.out.println("md " + Files.readString(md.toPath()).lines()
        .filter(line -> line.startsWith("# ")).findFirst().orElse(""));

    List<Finding> findings = api.validate(formulation, null, LocalDate.of(2026, 12, 1));
    System.out.println("validated " + findings.stream().map(Finding::getCode).sorted().toList());
  }
}
