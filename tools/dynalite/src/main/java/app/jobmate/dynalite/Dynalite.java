package app.jobmate.dynalite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A dynalite server (DynamoDB on LevelDB, from npm) running as a child process on a free loopback
 * port. The child exits when this JVM closes its stdin, so even a JVM killed outright leaves no
 * process behind; {@link #close()} stops it at once.
 *
 * <p>dynalite is installed into {@code tools/dynalite/node_modules} by {@code npm ci} (the
 * {@code ./jobmate} script does it); its folder is found from the system property
 * {@code jobmate.dynalite.dir}, the environment variable {@code JOBMATE_DYNALITE_DIR}, or by
 * walking up from the working directory.
 */
public final class Dynalite implements AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
  private static final int PORT_ATTEMPTS = 5;

  private final Process process;
  private final URI endpoint;
  private final Thread shutdownHook;

  private Dynalite(Process process, int port) {
    this.process = process;
    this.endpoint = URI.create("http://127.0.0.1:" + port);
    this.shutdownHook = new Thread(process::destroyForcibly, "dynalite-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts an in-memory dynalite: every table is gone when it stops. */
  public static Dynalite startInMemory() {
    return start(Optional.empty());
  }

  /** Starts a dynalite that keeps its tables in {@code dataDirectory} between runs. */
  public static Dynalite startPersistent(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create dynalite data directory " + dataDirectory, e);
    }
    return start(Optional.of(dataDirectory));
  }

  private static Dynalite start(Optional<Path> dataDirectory) {
    Path home = home();
    IllegalStateException last = null;
    for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
      int port = freePort();
      List<String> command = new ArrayList<>(List.of(node(), home.resolve("serve.js").toString(),
          "--host", "127.0.0.1", "--port", Integer.toString(port)));
      dataDirectory.ifPresent(dir -> command.addAll(List.of("--path", dir.toAbsolutePath().toString())));
      Process process;
      try {
        process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
      } catch (IOException e) {
        throw new IllegalStateException("cannot start node for dynalite (is Node.js 20+ on the PATH?)", e);
      }
      try {
        awaitListening(process);
        return new Dynalite(process, port);
      } catch (IllegalStateException e) {
        process.destroyForcibly();
        last = e; // most likely the port was taken between probing and binding: try another
      }
    }
    throw last;
  }

  public URI endpoint() {
    return endpoint;
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or has run; the process is gone either way
    }
  }

  private static void awaitListening(Process process) {
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
      try {
        String line;
        while ((line = output.readLine()) != null) {
          seen.append(line).append('\n');
          if (line.startsWith("dynalite listening")) {
            drainInBackground(output);
            return true;
          }
        }
        return false;
      } catch (IOException e) {
        return false;
      }
    });
    try {
      if (!ready.get(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("dynalite exited before listening:\n" + seen);
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("dynalite did not start within " + STARTUP_TIMEOUT + ":\n" + seen, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("dynalite failed to start:\n" + seen, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting dynalite", e);
    }
  }

  private static void drainInBackground(BufferedReader output) {
    Thread drain = new Thread(() -> {
      try {
        while (output.readLine() != null) {
          // dynalite logs nothing useful after start; keep its pipe from filling up
        }
      } catch (IOException ignored) {
        // the process ended
      }
    }, "dynalite-output");
    drain.setDaemon(true);
    drain.start();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  private static String node() {
    String configured = System.getenv("JOBMATE_NODE");
    return configured == null || configured.isBlank() ? "node" : configured;
  }

  static Path home() {
    String configured = System.getProperty("jobmate.dynalite.dir", System.getenv("JOBMATE_DYNALITE_DIR"));
    if (configured != null && !configured.isBlank()) {
      return requireInstalled(Path.of(configured));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("tools").resolve("dynalite");
      if (Files.isRegularFile(candidate.resolve("serve.js"))) {
        return requireInstalled(candidate);
      }
      if (Files.isRegularFile(dir.resolve("serve.js")) && dir.getFileName().toString().equals("dynalite")) {
        return requireInstalled(dir);
      }
    }
    throw new IllegalStateException("cannot find tools/dynalite above " + Path.of("").toAbsolutePath()
        + "; set -Djobmate.dynalite.dir or JOBMATE_DYNALITE_DIR");
  }

  private static Path requireInstalled(Path home) {
    if (!Files.isDirectory(home.resolve("node_modules").resolve("dynalite"))) {
      throw new IllegalStateException("dynalite is not installed in " + home
          + ": run `npm ci --prefix " + home + "` (./jobmate test does it for you)");
    }
    return home;
  }
}
