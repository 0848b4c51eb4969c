package dev.lectern.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before Lectern sees the request (a URI or headers too large, a malformed
 * request) look like Lectern's own: a JSON {@code {"error": …, "code": …, "params": {}}} with the security headers, and only
 * the status's reason phrase, never an exception's message.
 */
final class JettyErrors extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
    if (status < 400) {
      status = 500;
    }
    String reason = HttpStatus.getMessage(status);
    String body = "{\"error\":\"" + (reason == null ? "error" : reason.toLowerCase(Locale.ROOT)).replace("\"", "'")
        + "\",\"code\":\"" + ErrorBody.codeOf(status) + "\",\"params\":{}}";
    HttpFields.Mutable headers = response.getHeaders();
    WebServer.SECURITY_HEADERS.forEach(headers::put);
    headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    response.setStatus(status);
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
