package app.jobmate.localcloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** One local cloud running the toy template for every test class that asks for it; closed when the run ends. */
public final class SharedLocalCloud implements ParameterResolver {

  static final Path TOY_TEMPLATE = Path.of("src/test/resources/templates/toy.yaml");

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalCloud.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent("shared-local-cloud", key -> start(), LocalCloud.class);
  }

  private static LocalCloud start() {
    try {
      Path data = Files.createTempDirectory("local-cloud-shared");
      return LocalCloud.start(TOY_TEMPLATE, LocalCloud.Options.in(data).withParameter("Stage", "local")
          .withWebRoot(Path.of("src/test/resources/web-dist")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
