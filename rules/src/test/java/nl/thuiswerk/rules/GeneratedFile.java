package nl.thuiswerk.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file the build generates from the rules, their metadata and the tests, and checks in: the test fails when
 * the file in the tree is not what would be generated now. {@code -Dthuiswerk.writeDocs=true} writes it afresh.
 */
final class GeneratedFile {

    private GeneratedFile() {
    }

    static void check(Path file, String generated) throws IOException {
        if (Boolean.getBoolean("thuiswerk.writeDocs")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        String written = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertThat(written)
                .as(file.getFileName() + " is out of date; regenerate it: mvn -B -pl rules -am verify -Dthuiswerk.writeDocs=true")
                .isEqualTo(generated);
    }
}
