package nl.thuiswerk.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The JSON the command line writes itself, where the library has no writer for it: field by field, in a fixed
 * order, indented (when asked) the way the library indents, with {@code \n} on every platform.
 */
final class CliJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private CliJson() {
    }

    static String write(boolean pretty, Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                DefaultIndenter lines = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n");
                g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lines).withArrayIndenter(lines));
            }
            body.write(g);
        } catch (IOException e) {
            // a StringWriter does not fail; this is a defect
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
