package nl.thuiswerk.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a new user reads first name no file that is not there: every relative link, and every path of the
 * repository written as code, exists.
 */
class DocsPathsTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> PAGES = List.of("README.md", "docs/policy.md", "docs/contract.md",
            "docs/schema/README.md", "docs/performance.md");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE_PATH = Pattern.compile(
            "`((?:rules|core|cli|examples|docs|flink|bench|bom)/[^`\\s…]*)`");

    @Test
    void every_file_the_first_pages_name_exists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String page : PAGES) {
            Path file = ROOT.resolve(page);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1).replaceFirst("#.*$", "");
                if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                    continue;
                }
                if (!Files.exists(file.getParent().resolve(target))) {
                    missing.add(page + ": link " + target);
                }
            }
            Matcher code = CODE_PATH.matcher(text);
            while (code.find()) {
                String path = code.group(1);
                // what the build makes (target/) is there only after it ran
                if (!path.contains("/target/") && !Files.exists(ROOT.resolve(path))) {
                    missing.add(page + ": path " + path);
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
