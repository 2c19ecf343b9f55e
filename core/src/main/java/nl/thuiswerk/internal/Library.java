package nl.thuiswerk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the library, as the build wrote it; part of every receipt. */
public final class Library {

    public static final String VERSION = read();

    private Library() {
    }

    private static String read() {
        try (InputStream in = Library.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
