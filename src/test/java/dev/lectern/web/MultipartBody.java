package dev.lectern.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body built by hand, byte for byte, so tests control every header a browser would send. */
final class MultipartBody {
  private final String boundary = "----lectern" + UUID.randomUUID().toString().replace("-", "");
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  MultipartBody field(String name, String value) {
    write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
    write(value);
    write("\r\n");
    return this;
  }

  /** A file part; the file name goes out exactly as given (quotes escaped), hostile or not. */
  MultipartBody file(String name, String fileName, String contentType, byte[] content) {
    write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
        + fileName.replace("\"", "%22") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
    bytes.writeBytes(content);
    write("\r\n");
    return this;
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  HttpRequest.BodyPublisher publisher() {
    ByteArrayOutputStream done = new ByteArrayOutputStream();
    done.writeBytes(bytes.toByteArray());
    done.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.BodyPublishers.ofByteArray(done.toByteArray());
  }

  private void write(String text) {
    bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
