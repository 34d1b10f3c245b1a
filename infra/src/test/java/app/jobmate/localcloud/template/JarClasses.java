package app.jobmate.localcloud.template;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The classes a jar holds and the classes each of them names (in its constant pool and in the
 * types of its fields and methods), read from the class files without loading them: what the JVM
 * may ask the jar for when it links and runs them. Internal names ({@code a/b/C}).
 */
final class JarClasses {

  private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([^;<]+)[;<]");

  private final Map<String, Set<String>> references = new HashMap<>();
  private final Set<String> packages = new HashSet<>();
  private final Map<String, Set<String>> services = new HashMap<>();

  private JarClasses() {
  }

  static JarClasses of(Path jar) {
    JarClasses classes = new JarClasses();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
          String className = name.substring(0, name.length() - ".class".length());
          classes.references.put(className, namedBy(zip.getInputStream(entry).readAllBytes()));
          classes.packages.add(packageOf(className));
        } else if (name.startsWith("META-INF/services/") && !entry.isDirectory()) {
          String text = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
          classes.services.put(name, text.lines().map(line -> line.replaceAll("#.*", "").strip())
              .filter(line -> !line.isEmpty()).map(line -> line.replace('.', '/')).collect(
                  java.util.stream.Collectors.toSet()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(jar.toString(), e);
    }
    return classes;
  }

  boolean holds(String className) {
    return references.containsKey(className);
  }

  /**
   * Every class named by a class of the jar, missing from the jar although its package is there,
   * and every provider a {@code META-INF/services} file names that the jar does not hold.
   */
  Map<String, Set<String>> missingFromPackagesItHolds() {
    Map<String, Set<String>> missing = new HashMap<>();
    references.forEach((from, named) -> named.stream()
        .filter(to -> !holds(to) && packages.contains(packageOf(to)) && !inTheJdk(to))
        .forEach(to -> missing.computeIfAbsent(to, key -> new TreeSet<>()).add(from)));
    services.forEach((file, providers) -> providers.stream().filter(provider -> !holds(provider))
        .forEach(provider -> missing.computeIfAbsent(provider, key -> new TreeSet<>()).add(file)));
    return missing;
  }

  /**
   * Every class missing from the jar that is named by a class reachable from {@code start} through
   * the classes {@code followed} accepts (our own code: what a function's handler can reach).
   */
  Map<String, Set<String>> missingReachableFrom(String start, Predicate<String> followed) {
    Map<String, Set<String>> missing = new HashMap<>();
    Set<String> seen = new HashSet<>(Set.of(start));
    ArrayDeque<String> queue = new ArrayDeque<>(seen);
    if (!holds(start)) {
      missing.put(start, new TreeSet<>(Set.of("the template")));
    }
    while (!queue.isEmpty()) {
      String from = queue.remove();
      for (String to : references.getOrDefault(from, Set.of())) {
        if (!holds(to) && !inTheJdk(to)) {
          missing.computeIfAbsent(to, key -> new TreeSet<>()).add(from);
        } else if (holds(to) && followed.test(to) && seen.add(to)) {
          queue.add(to);
        }
      }
    }
    return missing;
  }

  private static final Map<String, Boolean> IN_THE_JDK = new java.util.concurrent.ConcurrentHashMap<>();

  static boolean inTheJdk(String className) {
    return IN_THE_JDK.computeIfAbsent(className,
        name -> ClassLoader.getPlatformClassLoader().getResource(name + ".class") != null);
  }

  private static String packageOf(String className) {
    int slash = className.lastIndexOf('/');
    return slash < 0 ? "" : className.substring(0, slash);
  }

  /** The classes a class file names: class constants, and the types in every descriptor it holds. */
  static Set<String> namedBy(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    in.readInt(); // magic
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    Set<Integer> classNames = new HashSet<>();
    Set<Integer> descriptors = new HashSet<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classNames.add(in.readUnsignedShort());
        case 16 -> descriptors.add(in.readUnsignedShort());
        case 8, 19, 20 -> in.readUnsignedShort();
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 12 -> {
          in.readUnsignedShort();
          descriptors.add(in.readUnsignedShort());
        }
        case 9, 10, 11, 17, 18 -> in.readInt();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("constant pool tag " + tag + " at " + i);
      }
    }
    in.readUnsignedShort(); // access
    in.readUnsignedShort(); // this
    in.readUnsignedShort(); // super
    in.skipBytes(2 * in.readUnsignedShort()); // interfaces (class constants, counted above)
    for (int members = 0; members < 2; members++) { // fields, then methods
      int memberCount = in.readUnsignedShort();
      for (int m = 0; m < memberCount; m++) {
        in.readUnsignedShort();
        in.readUnsignedShort();
        descriptors.add(in.readUnsignedShort());
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          in.readUnsignedShort();
          in.skipBytes(in.readInt());
        }
      }
    }
    Set<String> named = new HashSet<>();
    for (int index : classNames) {
      String name = utf8[index];
      if (name.startsWith("[")) {
        typesIn(name, named);
      } else {
        named.add(name);
      }
    }
    for (int index : descriptors) {
      typesIn(utf8[index], named);
    }
    return named;
  }

  private static void typesIn(String descriptor, Set<String> named) {
    Matcher matcher = TYPE_IN_DESCRIPTOR.matcher(descriptor);
    while (matcher.find()) {
      named.add(matcher.group(1));
    }
  }
}
