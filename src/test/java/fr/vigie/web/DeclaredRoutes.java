package fr.vigie.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;

/** The routes the application's code declares, found by reflection, to check {@link RouteCatalog} against. */
final class DeclaredRoutes {

    private DeclaredRoutes() {
    }

    /**
     * Every route the application declares: JAX-RS resource methods of the classes under fr.vigie,
     * read by reflection from the compiled classes. Quarkus's own routes (under /q/) are not in fr.vigie.
     */
    static Set<String> all() {
        Set<String> routes = new TreeSet<>();
        for (Class<?> type : applicationClasses()) {
            jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String verb = Arrays.stream(method.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null)
                        .map(HttpMethod::value).findFirst().orElse(null);
                if (verb == null && sub != null) {
                    throw new IllegalStateException("sub-resource locator " + method + ": list its routes by hand");
                }
                if (verb != null) {
                    routes.add(RouteCatalog.shape(verb + " " + join(base.value(), sub == null ? "" : sub.value())));
                }
            }
        }
        return routes;
    }

    static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Class<?>> applicationClasses() {
        try {
            Path root = Path.of(ErrorMappers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root.resolve("fr/vigie"))) {
                return files.map(root::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                        .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                        .map(DeclaredRoutes::load).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ErrorMappers.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
