package nl.thuiswerk.portal;

import nl.thuiswerk.HomeWorkingAdvisor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of an employee's request to work elsewhere (requests.html) in a real browser, in both languages: the
 * status, the deadline counting down as of asOf, the duties and defects each with its article and paragraph, and a
 * broken date named next to its field. Skipped where Chromium is not installed.
 */
class PortalRequestsBrowserTest {

    @TempDir
    static Path profile;

    private static Portal portal;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        if (Chromium.installed()) {
            portal = Portal.start(HomeWorkingAdvisor.create(), 0);
            browser = Chromium.start(profile);
            wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        }
    }

    @BeforeEach
    void browserInstalled() {
        Chromium.assumeInstalled();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void a_pending_request_shows_its_deadline_counting_down_and_the_employers_duties_in_english() {
        // given the page in English and the request of the public example ex-pending
        open("en");
        fillPending();

        // when it is assessed
        submit();

        // then the status, the deadline, the days left as of asOf and the duties with their paragraphs are shown
        waitForAssessment();
        assertThat(text("#status-code")).isEqualTo("PENDING");
        assertThat(text("#status")).isEqualTo("Decision due");
        assertThat(text("#deadline")).isEqualTo("The employer decides no later than 2026-10-02.");
        assertThat(text("#countdown")).isEqualTo("17 days left as of 2026-09-15.");
        WebElement due = find("#reasons li[data-code='DECISION_DUE']");
        assertThat(due.getText()).contains("must decide by 2026-10-02", "Wet flexibel werken, art. 2 lid 12");
        assertThat(find("#reasons li[data-code='DUTY_TO_CONSULT']").getText()).contains("art. 2 lid 4");
        assertThat(find("#reasons li[data-code='DUTY_TO_CONSIDER']").getText()).contains("art. 2 lid 6");
        assertThat(text("#defects")).isEqualTo("No defects.");
        assertThat(find("#dates li[data-kind='GRANTED_BY_LAW_FROM']").getText()).contains("2026-10-03");
        assertThat(text("#ruleset")).contains("wfw-2022-08-02", "without an end");
        assertThat(browser.getCurrentUrl()).endsWith("/requests.html?lang=en");
        Chromium.screenshot(browser, "request-pending-en");
    }

    @Test
    void a_refusal_without_written_reasons_shows_the_defect_with_lid_8_in_dutch_and_again_in_english() {
        // given the page in Dutch and a request refused in time, without written reasons
        open("nl");
        assertThat(text("#submit")).isEqualTo("Verzoek beoordelen");
        fillPending();
        replace(find("#asOf"), "2026-11-30");
        find("#decided").click();
        replace(find("#decidedOn"), "2026-09-25");
        new Select(find("#outcome")).selectByValue("REFUSED");
        find("#reasonsGiven").click();

        // when it is assessed
        submit();

        // then it is decided in time, and the defect names lid 8 in the library's Dutch words
        waitForAssessment();
        assertThat(text("#status-code")).isEqualTo("DECIDED");
        assertThat(text("#status")).isEqualTo("Op tijd beslist");
        assertThat(text("#countdown")).isEmpty();
        WebElement defect = find("#defects li[data-code='NO_WRITTEN_REASONS']");
        assertThat(defect.getText()).contains("De werkgever heeft afgewezen", "art. 2 lid 8");
        Chromium.screenshot(browser, "request-refused-nl");

        // and when the language is switched, the same assessment comes back in English
        find("#lang-en").click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Decided in time"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("defects"), "without written reasons"));
        assertThat(find("#decidedOn").getAttribute("value")).isEqualTo("2026-09-25");
    }

    @Test
    void a_date_that_does_not_exist_is_named_next_to_its_field_and_no_assessment_is_shown() {
        // given a request whose intended start is 31 November
        open("en");
        fillPending();
        replace(find("#intendedStart"), "2026-11-31");

        // when it is assessed
        submit();

        // then the library's problem is shown under the field, with its path in the summary
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(find("#error-problems li[data-path='intendedStart']").getText()).contains("intendedStart");
        WebElement field = find(".field[data-path='intendedStart']");
        assertThat(field.getAttribute("class")).contains("invalid");
        assertThat(field.findElement(By.cssSelector(".field-error")).getText()).contains("date");
        assertThat(find("#assessment").isDisplayed()).isFalse();
        Chromium.screenshot(browser, "request-invalid-en");
    }

    private void open(String lang) {
        browser.get(portal.uri() + "requests.html?lang=" + lang);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-period-row] .period-from")));
    }

    private void fillPending() {
        replace(find("#requestId"), "ex-pending");
        replace(find("#submittedOn"), "2026-09-01");
        replace(find("#intendedStart"), "2026-11-02");
        replace(find("#asOf"), "2026-09-15");
        replace(find("#desiredWorkplace"), "Home on Mondays and Fridays");
        replace(find("[data-period-row] .period-from"), "2024-02-06");
        replace(find("#employees"), "250");
    }

    private void submit() {
        find("#submit").click();
    }

    private void waitForAssessment() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assessment")));
    }

    private static void replace(WebElement input, String value) {
        input.clear();
        if (!value.isEmpty()) {
            input.sendKeys(value);
        }
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return find(css).getText();
    }
}
