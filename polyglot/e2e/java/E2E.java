// create -> poll -> download with openapi-generator's `java --library native` client.
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import net.vimmerse.client.ApiClient;
import net.vimmerse.client.ApiException;
import net.vimmerse.client.api.MediaApi;
import net.vimmerse.client.model.MediaProcessingStatus;
import net.vimmerse.client.model.MediaResponse;
import net.vimmerse.wire.VimmerseWire;

public class E2E {
  public static void main(String[] args) throws Exception {
    String key = System.getenv("VIMMERSE_API_KEY");
    ApiClient api = new ApiClient();
    api.updateBaseUri(System.getenv("VIMMERSE_BASE_URL"));
    // The native library ignores securitySchemes: the key goes in with a request interceptor.
    // Its HttpClient never follows redirects, so no request to the file host is made with it.
    api.setRequestInterceptor(builder -> builder.header("X-Api-Key", key));
    if (!System.getenv().getOrDefault("POLYGLOT_WIRE_ADAPTER", "").isEmpty()) {
      // Answers as the service writes them ("is_transition": "No") read into the models.
      api.setObjectMapper(api.getObjectMapper().registerModule(VimmerseWire.module()));
    }
    MediaApi media = new MediaApi(api);

    // multipart/form-data: files are java.io.File (sent with their file names).
    File image = new File(System.getenv("POLYGLOT_IMAGE"));
    // Optional array fields must be empty lists, not null: the native library iterates them.
    MediaResponse created = media.createMedia(null, null, null, List.of(image), List.of(), null,
        "A cat surfing a wave", null, null, null, 1, null, null, null, null, null, null);
    String id = created.getData().getId();
    System.out.println("created " + id + ": " + created.getData().getProcessingStatus());

    Set<MediaProcessingStatus> failures = Set.of(MediaProcessingStatus.FAIL, MediaProcessingStatus.CANCEL);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      MediaProcessingStatus status = media.getMediaProcessingStatus(id).getData().getProcessingStatus();
      if (status == MediaProcessingStatus.SUCCESS) break;
      if (failures.contains(status)) throw new IllegalStateException("job ended with " + status);
      if (System.nanoTime() > deadline) throw new IllegalStateException("timed out waiting");
      Thread.sleep(100);
    }
    System.out.println("status: success");

    Path out = Path.of(System.getenv("POLYGLOT_OUT"));
    try {
      File file = media.downloadMedia(id, null, null, null, null, null);  // the API streamed it
      Files.move(file.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
    } catch (ApiException redirect) {
      // 302 to the file host arrives as an ApiException: fetch Location with a client that has
      // no interceptor, so X-Api-Key is not sent there.
      String location = redirect.getResponseHeaders() == null ? null
          : redirect.getResponseHeaders().firstValue("Location").orElse(null);
      if (redirect.getCode() / 100 != 3 || location == null) throw redirect;
      HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create(api.getBaseUri()).resolve(location)).GET().build();
      HttpResponse<InputStream> response = plain.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) throw new IllegalStateException("file host: HTTP " + response.statusCode());
      try (InputStream body = response.body()) {
        Files.copy(body, out, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    System.out.println("downloaded " + out);
  }
}
