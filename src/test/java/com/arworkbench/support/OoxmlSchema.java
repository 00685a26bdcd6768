package com.arworkbench.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Validates parts of an .xlsx against the complete OOXML schemas of {@code poi-ooxml-full}.
 *
 * <p>The project uses {@code poi-ooxml-lite}, which holds only the schema types POI's own tests
 * touch: it cannot validate, and putting the full jar on the test classpath would hide exactly the
 * "type missing from lite" failures production would hit. So the full jar (looked up beside the lite
 * one in the local Maven repository) is loaded in a class loader of its own, with its own XMLBeans.
 */
public final class OoxmlSchema implements AutoCloseable {

    private final URLClassLoader loader;

    private OoxmlSchema(URLClassLoader loader) {
        this.loader = loader;
    }

    /** Empty when poi-ooxml-full of the same version is not in the local repository ({@code mvn dependency:get}). */
    public static Optional<OoxmlSchema> fromLocalRepository() throws Exception {
        Path lite = jarOf("org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace");
        String liteName = lite.getFileName().toString(); // poi-ooxml-lite-<version>.jar
        Path full = lite.getParent().getParent().getParent()
                .resolve("poi-ooxml-full").resolve(lite.getParent().getFileName())
                .resolve(liteName.replace("poi-ooxml-lite", "poi-ooxml-full"));
        if (!Files.isRegularFile(full)) {
            return Optional.empty();
        }
        // XMLBeans logs through log4j-api; routed to slf4j as in the project, else it complains on stderr.
        String[] classes = {"org.apache.xmlbeans.XmlObject", "org.apache.logging.log4j.LogManager",
            "org.apache.logging.slf4j.SLF4JProvider", "org.slf4j.LoggerFactory", "org.slf4j.simple.SimpleLogger"};
        List<URL> urls = new ArrayList<>(List.of(full.toUri().toURL()));
        for (String c : classes) {
            urls.add(jarOf(c).toUri().toURL());
        }
        // Parent: the platform loader, so neither the lite schemas nor this XMLBeans leak in.
        return Optional.of(new OoxmlSchema(new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())));
    }

    /**
     * Schema errors of every part whose zip entry name matches {@code partPattern}, each prefixed by
     * the part name; empty when all are valid.
     * @param documentClass the XMLBeans document type, e.g.
     *                      {@code org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument}
     */
    public List<String> errors(Path xlsx, String partPattern, String documentClass) throws Exception {
        // XMLBeans 5: a document type's Factory is a static DocumentFactory field.
        Object factory = loader.loadClass(documentClass).getField("Factory").get(null);
        Method parse = loader.loadClass("org.apache.xmlbeans.impl.schema.DocumentFactory")
                .getMethod("parse", InputStream.class);
        Class<?> options = loader.loadClass("org.apache.xmlbeans.XmlOptions");
        List<Object> errors = new ArrayList<>();
        Object opts = options.getConstructor().newInstance();
        options.getMethod("setErrorListener", java.util.Collection.class).invoke(opts, errors);
        Method validate = loader.loadClass("org.apache.xmlbeans.XmlObject").getMethod("validate", options);
        List<String> found = new ArrayList<>();
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().matches(partPattern)) {
                    continue;
                }
                parts++;
                errors.clear();
                Object doc = parse.invoke(factory, new ByteArrayInputStream(zip.readAllBytes()));
                validate.invoke(doc, opts);
                for (Object err : errors) {
                    found.add(e.getName() + ": " + err);
                }
            }
        }
        if (parts == 0) {
            found.add("no part matches " + partPattern);
        }
        return found;
    }

    @Override
    public void close() throws java.io.IOException {
        loader.close();
    }

    private static Path jarOf(String className) throws Exception {
        return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
