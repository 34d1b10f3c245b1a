package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.jobmate.localcloud.demo.DemoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The built dashboard ({@code web/dist}) in Debian's Chromium against Jobmate's template on a local
 * cloud: {@code web/browser-tests/run.mjs} (playwright-core, axe-core) signs in, prices and issues
 * a quote, assigns a task live, checks staff see no prices and the server's field errors, and keeps
 * screenshots in {@code web/test-output/}. {@code ./jobmate test} builds the dashboard first and
 * requires this test ({@code -Djobmate.browserTests=required}); a bare Maven run without a built
 * dashboard or a Chromium skips it.
 */
class DashboardBrowserEndToEndTest {

  private static final Path WEB = Path.of("../web").toAbsolutePath().normalize();
  private static final Duration PATIENCE = Duration.ofMinutes(5);

  @Test
  void the_dashboard_passes_its_browser_tests_against_a_real_local_cloud() throws Exception {
    boolean required = "required".equals(System.getProperty("jobmate.browserTests"));
    boolean built = Files.isRegularFile(WEB.resolve("dist/index.html")) && Files.isDirectory(WEB.resolve("node_modules/playwright-core"));
    boolean chromium = new ProcessBuilder("sh", "-c", "command -v chromium || command -v chromium-browser").start().waitFor() == 0;
    if (required) {
      assertThat(built).as("web/dist is built and web/node_modules installed (./jobmate test does both)").isTrue();
      assertThat(chromium).as("Debian's chromium is installed (.ci/run installs it)").isTrue();
    }
    assumeTrue(built && chromium, "the dashboard is not built or Chromium is missing: run ./jobmate test");

    try (LocalCloud cloud = LocalCloud.start(QuotesEndToEndTest.TEMPLATE,
        LocalCloud.Options.in(Files.createTempDirectory("jobmate-browser")).withWebRoot(WEB.resolve("dist")))) {
      DemoData.recordTeams(cloud);
      Path log = Files.createTempFile("browser-tests", ".log");
      Process run = new ProcessBuilder(List.of("node", "browser-tests/run.mjs", cloud.endpoints().api().toString()))
          .directory(WEB.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean finished = run.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      if (!finished) {
        run.destroyForcibly();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      System.out.println(output);
      assertThat(finished).as("the browser tests finished within " + PATIENCE + ":\n" + output).isTrue();
      assertThat(run.exitValue()).as(output).isZero();
      assertThat(output).contains(" passed, 0 failed");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
