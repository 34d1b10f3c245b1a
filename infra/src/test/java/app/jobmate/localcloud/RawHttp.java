package app.jobmate.localcloud;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 written by hand on a socket, for requests no client library would send as they are. */
final class RawHttp {

  record Answer(int status, Map<String, String> headers, String body) {
  }

  private RawHttp() {
  }

  /** Sends the request line and headers (each ending in CRLF) with {@code Connection: close}, and reads the whole answer. */
  static Answer send(URI endpoint, String requestLineAndHeaders) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 5_000);
      socket.setSoTimeout(15_000);
      String request = requestLineAndHeaders + "Host: " + endpoint.getAuthority() + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends the request line, headers and body without asking to close, as a keep-alive client does, and reads
   * one answer: its head and its {@code Content-Length} body, whether or not the server then closes.
   */
  static Answer sendKeepingAlive(URI endpoint, String requestLineAndHeaders, String body) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 5_000);
      socket.setSoTimeout(15_000);
      String request = requestLineAndHeaders + "Host: " + endpoint.getAuthority() + "\r\nContent-Length: "
          + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        int read = in.read();
        if (read < 0) {
          throw new IllegalStateException("the connection closed before the answer's head ended: " + head);
        }
        head.write(read);
      }
      Answer answer = parse(head.toByteArray());
      byte[] content = in.readNBytes(Integer.parseInt(answer.headers().getOrDefault("content-length", "0")));
      return new Answer(answer.status(), answer.headers(), new String(content, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int read; (read = in.read(buffer)) >= 0; ) {
        bytes.write(buffer, 0, read);
      }
    } catch (java.net.SocketException reset) {
      // the server may close at once after a refusal; what arrived before is the answer
    }
    return bytes.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int headEnd = text.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      throw new IllegalStateException("no HTTP answer: " + text);
    }
    String[] head = text.substring(0, headEnd).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
    }
    String body = text.substring(headEnd + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunked(body);
    }
    return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, body);
  }

  private static String unchunked(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
