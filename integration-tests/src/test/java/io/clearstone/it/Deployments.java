package io.clearstone.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the ear module built it: tests exercise what institutions deploy. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive ear() {
        String path = System.getProperty("clearstone.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("system property clearstone.ear does not point to the EAR: " + path);
        }
        return ShrinkWrap.create(ZipImporter.class, "clearstone.ear").importFrom(new File(path))
                .as(EnterpriseArchive.class);
    }
}
