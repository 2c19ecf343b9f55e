package nl.thuiswerk.policies.voorbeeld_bv;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/policies.md shows the example policy's own files: each block after a {@code <!-- from PATH -->} line is in that
 * file as shown, so the page walks through code the build compiles and tests, and cannot drift from it.
 */
class PoliciesDocTest {

    private static final Path ROOT = Path.of("../../..");
    private static final Pattern BLOCK = Pattern.compile("<!-- from (\\S+) -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    @Test
    void every_block_of_the_page_is_in_the_file_it_names() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/policies.md"), StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(page);
        int blocks = 0;
        while (m.find()) {
            Path file = ROOT.resolve(m.group(1));
            assertThat(file).as(m.group(1)).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(m.group(1)).contains(m.group(2));
            blocks++;
        }
        assertThat(blocks).as("blocks taken from the example").isGreaterThanOrEqualTo(12);
    }
}
