package nl.thuiswerk.portal;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver. Both paths are set explicitly, so Selenium
 * Manager never looks for, or downloads, a browser or a driver of its own.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver"));

    /**
     * The tests use WebDriver only, never DevTools, so Selenium's warning that it ships no DevTools support for
     * this Chromium's version is noise. Held, as java.util.logging keeps loggers only weakly.
     */
    private static final Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    /** Set (CI sets it) to make a missing browser a failure rather than a skip, so a green run proves something. */
    static final String REQUIRED = "THUISWERK_BROWSER_TESTS";

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /**
     * Skips the calling test where the browser is not installed, as on a machine with only Java and Maven; fails
     * it instead where {@value #REQUIRED}=required.
     */
    static void assumeInstalled() {
        String missing = "Debian's chromium and chromium-driver are not installed (" + BROWSER + ", " + DRIVER
                + "); install them with `apt-get install -y chromium chromium-driver`";
        if (!installed() && "required".equals(System.getenv(REQUIRED))) {
            fail("browser test cannot run, and " + REQUIRED + "=required: " + missing);
        }
        assumeTrue(installed(), "browser test skipped: " + missing);
    }

    static ChromeDriver start(Path userDataDir) {
        return start(userDataDir, "en-US");
    }

    /**
     * @param language the browser's own language and locale (its menus, its number and date controls) and the
     *                 language it asks pages for, e.g. {@code nl-NL}
     */
    static ChromeDriver start(Path userDataDir, String language) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--lang=" + language, "--accept-lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        options.setBinary(BROWSER.toFile());
        // headless as root in a machine without a GPU or a network; the background-networking flags keep Chromium
        // from calling home, which this machine's closed network would refuse many times over
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + userDataDir, "--window-size=1366,900",
                "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** The whole page as a PNG under the module's target folder, for a person to look at. */
    static Path screenshot(ChromeDriver driver, String name) {
        Path folder = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));
        Dimension before = driver.manage().window().getSize();
        // the answer panel scrolls on its own beside a long form, so the page is as tall as the taller of the two;
        // the window is that much taller than the page it shows
        JavascriptExecutor page = driver;
        for (int attempt = 0; attempt < 3; attempt++) {
            long needed = (Long) page.executeScript("window.scrollTo(0, 0);"
                    + "const result = document.getElementById('result');"
                    + "return Math.ceil(Math.max(document.documentElement.scrollHeight,"
                    + " result.getBoundingClientRect().top + result.scrollHeight + 24));");
            long shown = (Long) page.executeScript("return window.innerHeight;");
            if (shown >= needed) {
                break;
            }
            Dimension window = driver.manage().window().getSize();
            int taller = (int) (window.getHeight() + needed - shown);
            driver.manage().window().setSize(new Dimension(window.getWidth(), taller));
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
