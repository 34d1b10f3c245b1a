package app.jobmate.localcloud.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarClassesTest {

  /** A class naming others in each place a class file can: a field, a signature, a body, a constant. */
  static final class Sample {
    static final long BIG = 1L << 40;
    static final double HALF = 0.5;
    Optional<String> field;

    List<Path> method(Map<String, Integer> argument) throws IOException {
      return List.of(Path.of(String.valueOf(BIG + HALF + argument.size())));
    }

    Object body() {
      return new JarClassesTest();
    }
  }

  @TempDir
  Path dir;

  @Test
  void a_class_file_names_the_types_of_its_fields_and_methods_and_the_classes_its_code_uses() throws IOException {
    assertThat(JarClasses.namedBy(bytesOf(Sample.class))).contains("java/util/Optional", "java/util/List",
        "java/util/Map", "java/nio/file/Path", "java/io/IOException", "app/jobmate/localcloud/template/JarClassesTest",
        "java/lang/Object");
  }

  @Test
  void a_class_reached_from_a_handler_that_the_jar_does_not_hold_is_named_with_what_names_it() throws IOException {
    Path jar = jarOf(Sample.class);

    JarClasses classes = JarClasses.of(jar);

    assertThat(classes.missingReachableFrom(internalName(Sample.class), name -> name.startsWith("app/jobmate/")))
        .containsOnlyKeys("app/jobmate/localcloud/template/JarClassesTest")
        .containsEntry("app/jobmate/localcloud/template/JarClassesTest", Set.of(internalName(Sample.class)));
  }

  @Test
  void a_class_missing_from_a_package_the_jar_ships_is_named_but_a_library_left_out_whole_is_not() throws IOException {
    Path jar = jarOf(Sample.class);

    assertThat(JarClasses.of(jar).missingFromPackagesItHolds())
        .containsOnlyKeys("app/jobmate/localcloud/template/JarClassesTest");
  }

  private Path jarOf(Class<?> type) throws IOException {
    Path jar = dir.resolve("sample.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(internalName(type) + ".class"));
      out.write(bytesOf(type));
      out.closeEntry();
    }
    return jar;
  }

  private static String internalName(Class<?> type) {
    return type.getName().replace('.', '/');
  }

  private static byte[] bytesOf(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getPackageName().length() + 1)
        + ".class")) {
      return in.readAllBytes();
    }
  }
}
