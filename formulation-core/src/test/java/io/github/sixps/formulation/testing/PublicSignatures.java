package io.github.sixps.formulation.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one of the project's modules, as its embedders see it: every public type in
 * the packages its {@code module-info} exports to everyone, with every public or protected
 * member, read by reflection with their generic types, and the types each of them names.
 *
 * <p>Each module's own test asks it which of those signatures name a type from a package that
 * must stay an implementation detail (Guava's), so that none can come back unnoticed. It reads
 * the module descriptor itself, so a package newly exported is checked without a test changing.
 */
public final class PublicSignatures {
  private final Class<?> anchor;

  private PublicSignatures(Class<?> anchor) {
    this.anchor = anchor;
  }

  /**
   * The public API of the module that holds the given class.
   *
   * @param anchor any class of the module, which is found through where it was loaded from
   * @return the module's public API
   */
  public static PublicSignatures ofModuleOf(Class<?> anchor) {
    return new PublicSignatures(anchor);
  }

  /**
   * Fails unless the module's descriptor was read and the anchor found among the API's types,
   * and then lists every public signature that names a Guava type, failing if there is one:
   * Guava is used inside the modules but is no part of what an embedder compiles against.
   */
  public void assertNoGuavaType() {
    assertTrue(exportedPackages().contains(anchor.getPackageName()),
        "the module descriptor was read: " + exportedPackages());
    assertTrue(apiTypes().contains(anchor), "the API's types were found");
    assertEquals("", String.join("\n", naming("com.google.")),
        "public signatures that name a Guava type; use java.util types instead");
  }

  /**
   * The packages the module exports to every other module, from its descriptor.
   *
   * @return the exported packages' names, sorted
   */
  public Set<String> exportedPackages() {
    return descriptor().exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Every public or protected signature of the API that names a type from a package whose name
   * starts with the given prefix, one line each: the member, then the offending type.
   *
   * @param packagePrefix for example {@code "com.google."}
   * @return the signatures found, sorted; empty when none names such a type
   */
  public List<String> naming(String packagePrefix) {
    List<String> found = new ArrayList<>();
    for (Class<?> type : apiTypes()) {
      for (Signature signature : signaturesOf(type)) {
        for (Type part : signature.types()) {
          Set<Class<?>> named = new HashSet<>();
          collect(part, named, new HashSet<>());
          named.stream()
              .filter(c -> c.getName().startsWith(packagePrefix))
              .forEach(c -> found.add(signature.where() + " names " + c.getName()));
        }
      }
    }
    return found.stream().distinct().sorted().toList();
  }

  /**
   * Every type of the API: public top-level types in the exported packages and the public or
   * protected types nested in them.
   *
   * @return the types, in no particular order
   */
  public List<Class<?>> apiTypes() {
    Set<String> exported = exportedPackages();
    List<Class<?>> types = new ArrayList<>();
    for (String className : classNames()) {
      int dot = className.lastIndexOf('.');
      if (!exported.contains(className.substring(0, dot))) {
        continue;
      }
      Class<?> type = load(className);
      if (isApi(type)) {
        types.add(type);
      }
    }
    return types;
  }

  private static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      int modifiers = c.getModifiers();
      boolean visible = c.getEnclosingClass() == null
          ? Modifier.isPublic(modifiers)
          : Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
      if (!visible) {
        return false;
      }
    }
    return true;
  }

  /** One public or protected declaration and the types its signature is made of. */
  private record Signature(String where, List<Type> types) {}

  private static List<Signature> signaturesOf(Class<?> type) {
    List<Signature> signatures = new ArrayList<>();
    List<Type> own = new ArrayList<>();
    if (type.getGenericSuperclass() != null) {
      own.add(type.getGenericSuperclass());
    }
    own.addAll(Arrays.asList(type.getGenericInterfaces()));
    own.addAll(Arrays.asList(type.getTypeParameters()));
    signatures.add(new Signature(type.getName(), own));
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        signatures.add(new Signature(
            type.getName() + "." + component.getName() + " (record component)",
            List.of(component.getGenericType())));
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor)) {
        signatures.add(executable(type, constructor));
      }
    }
    // Inherited members count too, from a non-public superclass as much as from a public one.
    Set<Method> methods = new HashSet<>(Arrays.asList(type.getMethods()));
    Set<Field> fields = new HashSet<>(Arrays.asList(type.getFields()));
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Arrays.stream(c.getDeclaredMethods()).filter(PublicSignatures::visible).forEach(methods::add);
      Arrays.stream(c.getDeclaredFields()).filter(PublicSignatures::visible).forEach(fields::add);
    }
    for (Method method : methods) {
      if (!method.isSynthetic() && !method.isBridge()) {
        Signature signature = executable(type, method);
        List<Type> types = new ArrayList<>(signature.types());
        types.add(method.getGenericReturnType());
        signatures.add(new Signature(signature.where(), types));
      }
    }
    for (Field field : fields) {
      if (!field.isSynthetic()) {
        signatures.add(new Signature(
            type.getName() + "." + field.getName(), List.of(field.getGenericType())));
      }
    }
    return signatures;
  }

  private static Signature executable(Class<?> type, Executable executable) {
    List<Type> types = new ArrayList<>();
    types.addAll(Arrays.asList(executable.getGenericParameterTypes()));
    types.addAll(Arrays.asList(executable.getGenericExceptionTypes()));
    types.addAll(Arrays.asList(executable.getTypeParameters()));
    String name = executable instanceof Constructor ? "<init>" : executable.getName();
    String parameters = Arrays.stream(executable.getParameterTypes())
        .map(Class::getSimpleName)
        .collect(Collectors.joining(", "));
    return new Signature(type.getName() + "." + name + "(" + parameters + ")", types);
  }

  private static boolean visible(Member member) {
    int modifiers = member.getModifiers();
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** Adds to {@code named} every class the type mentions, however deeply. */
  private static void collect(Type type, Set<Class<?>> named, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      named.add(c.isArray() ? c.getComponentType() : c);
      if (c.isArray()) {
        collect(c.getComponentType(), named, seen);
      }
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), named, seen);
      if (p.getOwnerType() != null) {
        collect(p.getOwnerType(), named, seen);
      }
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, named, seen);
      }
    } else if (type instanceof WildcardType w) {
      Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds()))
          .forEach(bound -> collect(bound, named, seen));
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        collect(bound, named, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), named, seen);
    }
  }

  private Path location() {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot tell where " + anchor + " was loaded from", e);
    }
  }

  private ModuleDescriptor descriptor() {
    List<ModuleReference> found = List.copyOf(ModuleFinder.of(location()).findAll());
    if (found.size() != 1 || found.get(0).descriptor().isAutomatic()) {
      throw new IllegalStateException("no module-info.class at " + location());
    }
    return found.get(0).descriptor();
  }

  private List<String> classNames() {
    Path location = location();
    try {
      if (Files.isDirectory(location)) {
        return classNamesUnder(location);
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return classNamesUnder(jar.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> classNamesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
          .filter(name -> !name.startsWith("META-INF/"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .toList();
    }
  }

  private Class<?> load(String className) {
    try {
      return Class.forName(className, false, anchor.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot load " + className, e);
    }
  }
}
