package org.annals.core.pipeline;

/** The Annals version, from the jar manifest when packaged. */
public final class Version {
    public static final String ANNALS = find();

    private Version() {
    }

    private static String find() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
