package nl.thuiswerk.portal;

import nl.thuiswerk.HomeWorkingAdvisor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal started with an employer's policy: {@code GET /api/policies} lists it, and the questionnaire lets the
 * person pick it (in a real browser, in both languages, where Chromium is installed); the advice then shows the
 * policy's floor and version.
 */
class PortalPolicyTest {

    static final Path JAR = Path.of("..", "policies", "voorbeeld-bv", "target", "voorbeeld-bv-policy.jar");

    @TempDir
    static Path profile;

    private static Portal portal;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        portal = Portal.start(HomeWorkingAdvisor.builder().policy(JAR).build(), 0);
        if (Chromium.installed()) {
            browser = Chromium.start(profile);
            wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        portal.close();
    }

    @Test
    void the_portal_lists_the_policies_it_was_started_with() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(portal.uri() + "api/policies")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"policies\":[{\"id\":\"voorbeeld-bv\",")
                .contains("\"version\":\"voorbeeld-bv-2022-03-15\"", "\"validTo\":null");
    }

    @Test
    void a_developer_under_the_employers_policy_in_2022_is_advised_two_to_four_days_in_english() {
        Chromium.assumeInstalled();
        // given the questionnaire in English, the employer's policy picked
        open("en");
        fillDeveloper();
        new Select(find("#employerPolicy")).selectByValue("voorbeeld-bv");

        // when the advice is asked for
        find("#submit").click();

        // then the floor and the ceiling of the policy are shown, with its version and its reasons
        waitForDecision();
        assertThat(text("#outcome-code")).isEqualTo("PARTLY_ON_SITE");
        assertThat(text("#share-text")).isEqualTo("At most 80% of working time on site");
        assertThat(text("#share-floor")).contains("At least 40% of working time on site", "voorbeeld-bv-2022-03-15");
        assertThat(find("#reasons li[data-code='TEAM_DAYS']").getText()).contains("Voorbeeld BV");
        assertThat(find("#reasons li[data-code='NO_NATIONAL_ADVICE']").getText()).contains("no national");
        assertThat(text("#ruleset")).contains("No national home-working advice", "Employer's policy");
        Chromium.screenshot(browser, "policy-en");
    }

    @Test
    void the_choice_of_policy_and_its_advice_are_in_dutch_too() {
        Chromium.assumeInstalled();
        open("nl");
        assertThat(text("label[for='employerPolicy']")).isEqualTo("Beleid van de werkgever");
        fillDeveloper();
        new Select(find("#employerPolicy")).selectByValue("voorbeeld-bv");

        find("#submit").click();

        waitForDecision();
        assertThat(text("#share-text")).isEqualTo("Hoogstens 80% van de werktijd op locatie");
        assertThat(text("#share-floor")).contains("Minstens 40% van de werktijd op locatie");
        assertThat(find("#reasons li[data-code='TEAM_DAYS']").getText()).contains("Beleid van Voorbeeld BV");
        Chromium.screenshot(browser, "policy-nl");
    }

    private void open(String lang) {
        browser.get(portal.uri() + "?lang=" + lang);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-task-row] .task-name")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("employerPolicy")));
    }

    private void fillDeveloper() {
        WebElement id = find("#caseId");
        id.clear();
        id.sendKeys("dev-2022");
        WebElement date = find("#referenceDate");
        date.clear();
        date.sendKeys("01-06-2022");
        List<WebElement> rows = browser.findElements(By.cssSelector("[data-task-row]"));
        rows.get(0).findElement(By.cssSelector(".task-name")).sendKeys("Programming");
        rows.get(0).findElement(By.cssSelector(".task-hours")).sendKeys("36");
        new Select(find("#corona")).selectByValue("true");
    }

    private void waitForDecision() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit")));
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return find(css).getText();
    }
}
