package app.jobmate.localcloud.template;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a CloudFormation/SAM template (YAML or JSON) into a tree in which every short-form tag
 * ({@code !Ref}, {@code !Sub}, {@code !GetAtt a.b}, ...) is replaced by its long form
 * ({@code {"Ref": ...}}, {@code {"Fn::Sub": ...}}), as CloudFormation itself does.
 */
public final class CloudFormationYaml {

  private static final List<String> FUNCTIONS = List.of("Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs",
      "ImportValue", "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or",
      "Length", "ToJsonString");

  private CloudFormationYaml() {
  }

  public static JsonNode read(Path template) {
    try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
      return Json.MAPPER.valueToTree(yaml().load(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + template, e);
    }
  }

  public static JsonNode read(String template) {
    return Json.MAPPER.valueToTree(yaml().load(template));
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    return new Yaml(new IntrinsicConstructor(options), new Representer(new org.yaml.snakeyaml.DumperOptions()),
        new org.yaml.snakeyaml.DumperOptions(), options, new PlainResolver());
  }

  /** YAML 1.1 would turn an unquoted 2010-09-09 into a date; CloudFormation keeps it a string. */
  private static final class PlainResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }

  private static final class IntrinsicConstructor extends SafeConstructor {
    IntrinsicConstructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
      yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
      for (String function : FUNCTIONS) {
        yamlConstructors.put(new Tag("!" + function), new Intrinsic("Fn::" + function));
      }
    }

    private final class Intrinsic extends AbstractConstruct {
      private final String name;

      Intrinsic(String name) {
        this.name = name;
      }

      @Override
      public Object construct(Node node) {
        Object value = switch (node) {
          case ScalarNode scalar when name.equals("Fn::GetAtt") ->
              Arrays.asList(scalar.getValue().split("\\.", 2));
          case ScalarNode scalar -> scalar.getValue();
          case SequenceNode sequence -> constructSequence(sequence);
          case MappingNode mapping -> constructMapping(mapping);
          default -> throw new IllegalArgumentException("unexpected YAML node for !" + name + ": " + node);
        };
        Map<String, Object> function = new LinkedHashMap<>();
        function.put(name, value);
        return function;
      }
    }
  }
}
