package io.clearstone.domain.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A deployment as the registry sees one, without a server: a class loader that defines the classes of one package
 * itself (as a deployment's module defines its jar's classes) and sees the rest, the SPI included, through its parent;
 * its plugins' service file is only that of the jar the package comes from.
 */
final class IsolatedArchive extends ClassLoader implements DeployedArchive {

    private static final String SERVICES = "META-INF/services/io.clearstone.instruments.spi.InstrumentPlugin";

    private final String name;
    private final String packagePrefix;
    private final String jarMarker;
    int classesLoaded;

    IsolatedArchive(String name, String packagePrefix, String jarMarker) {
        super(IsolatedArchive.class.getClassLoader());
        this.name = name;
        this.packagePrefix = packagePrefix;
        this.jarMarker = jarMarker;
    }

    /** The digital option's jar (instruments-digital) deployed as {@code name}. */
    static IsolatedArchive digital(String name) {
        return new IsolatedArchive(name, "io.clearstone.instruments.digital.", "instruments-digital");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ClassLoader classLoader() {
        return this;
    }

    @Override
    public void loadAllClasses() {
        for (String simple : List.of("DigitalOptionPlugin", "DigitalTerms", "DigitalRight", "NormalDistribution",
                "ResolvedDigitalOption")) {
            try {
                loadClass(packagePrefix + simple);
                classesLoaded++;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
        if (!className.startsWith(packagePrefix)) {
            return super.loadClass(className, resolve);
        }
        synchronized (getClassLoadingLock(className)) {
            Class<?> loaded = findLoadedClass(className);
            if (loaded == null) {
                try (InputStream in = getParent().getResourceAsStream(className.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(className);
                    }
                    byte[] bytes = in.readAllBytes();
                    loaded = defineClass(className, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return loaded;
        }
    }

    @Override
    public Enumeration<URL> getResources(String resource) throws IOException {
        if (!SERVICES.equals(resource)) {
            return super.getResources(resource);
        }
        return Collections.enumeration(Collections.list(getParent().getResources(resource)).stream()
                .filter(url -> url.toString().contains(jarMarker)).toList());
    }
}
