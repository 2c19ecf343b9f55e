package nl.thuiswerk.portal;

import nl.thuiswerk.HomeWorkingAdvisor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dutch page as a Dutch user meets it: in Chromium whose own language and locale are Dutch (nl-NL), and in
 * Chromium in English, as on a shared or company machine. Either way the page takes what its hint says
 * («bijvoorbeeld 0,4 voor 40%») and shows dates day first. Skipped where Chromium is not installed.
 */
class PortalDutchBrowserTest {

    @TempDir
    static Path dutchProfile;
    @TempDir
    static Path englishProfile;

    private static Portal portal;
    private static ChromeDriver dutchBrowser;
    private static ChromeDriver englishBrowser;

    @BeforeAll
    static void start() throws Exception {
        if (Chromium.installed()) {
            portal = Portal.start(HomeWorkingAdvisor.create(), 0);
            dutchBrowser = Chromium.start(dutchProfile, "nl-NL");
            englishBrowser = Chromium.start(englishProfile, "en-US");
        }
    }

    @BeforeEach
    void browserInstalled() {
        Chromium.assumeInstalled();
    }

    @AfterAll
    static void stop() {
        for (ChromeDriver browser : new ChromeDriver[] {dutchBrowser, englishBrowser}) {
            if (browser != null) {
                browser.quit();
            }
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void in_a_dutch_browser_the_advice_typed_with_a_decimal_comma_is_sent_as_that_share_and_dates_read_day_first() {
        adviceWithCommaAndDayFirstDate(dutchBrowser, "nl-NL");
    }

    @Test
    void in_an_english_browser_the_dutch_page_still_takes_the_comma_and_shows_dates_day_first() {
        adviceWithCommaAndDayFirstDate(englishBrowser, "en-US");
    }

    @Test
    void a_date_or_a_number_the_page_cannot_read_is_shown_next_to_its_field_in_the_pages_words() {
        // given the Dutch page in the Dutch browser
        WebDriverWait wait = new WebDriverWait(dutchBrowser, Duration.ofSeconds(20));
        dutchBrowser.get(portal.uri() + "?lang=nl");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-task-row] .task-name")));

        // when a date is typed in words, the hours and the advice not as numbers
        dutchBrowser.findElement(By.id("referenceDate")).sendKeys("15 maart");
        WebElement task = dutchBrowser.findElement(By.cssSelector("[data-task-row]"));
        task.findElement(By.cssSelector(".task-name")).sendKeys("Analyse");
        task.findElement(By.cssSelector(".task-hours")).sendKeys("36 uur");
        dutchBrowser.findElement(By.id("adviceShare")).sendKeys("40%");
        dutchBrowser.findElement(By.id("submit")).click();

        // then each is named next to its field, in the page's order for dates, and nothing typed is changed
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(errorNextTo("#referenceDate")).isEqualTo("Moet een datum zijn als dd-mm-jjjj");
        assertThat(errorNextTo("[data-task-row] .task-hours")).isEqualTo("Moet een getal zijn");
        assertThat(errorNextTo("#adviceShare")).isEqualTo("Moet een getal zijn");
        assertThat(dutchBrowser.findElement(By.id("referenceDate")).getDomProperty("value")).isEqualTo("15 maart");
        assertThat(dutchBrowser.findElement(By.id("adviceShare")).getDomProperty("value")).isEqualTo("40%");

        // and a date in the right order that does not exist is named as such
        WebElement date = dutchBrowser.findElement(By.id("referenceDate"));
        date.clear();
        date.sendKeys("31-02-2021");
        dutchBrowser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-list"), "geen bestaande datum"));
        assertThat(errorNextTo("#referenceDate")).isEqualTo("Is geen bestaande datum");
    }

    @Test
    void a_date_in_2026_is_answered_on_the_dutch_page_in_dutch_whole_sentences() {
        // given the Dutch page in the Dutch browser
        WebDriverWait wait = new WebDriverWait(dutchBrowser, Duration.ofSeconds(20));
        dutchBrowser.get(portal.uri() + "?lang=nl");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-task-row] .task-name")));

        // when a case is dated in 2026, long after the advice lapsed
        dutchBrowser.findElement(By.id("referenceDate")).sendKeys("05-01-2026");
        WebElement task = dutchBrowser.findElement(By.cssSelector("[data-task-row]"));
        task.findElement(By.cssSelector(".task-name")).sendKeys("Analyse");
        task.findElement(By.cssSelector(".task-hours")).sendKeys("36");
        dutchBrowser.findElement(By.id("submit")).click();

        // then the page says so in Dutch, the library's sentence included, ending as a sentence ends
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        String shown = dutchBrowser.findElement(By.id("error-summary")).getText();
        assertThat(shown).contains("Op deze datum geldt geen regelset")
                .contains("Op 2026-01-05 geldt geen regelset: het thuiswerkadvies verviel op 15 maart 2022")
                .contains("De laatste versie is 2022-02-15");
        assertThat(shown.replaceAll("«[^»]*»", "")).doesNotContainPattern(
                "\\b(the|is not|no rule set|version|lapsed|since|until)\\b");
        Chromium.screenshot(dutchBrowser, "dutch-page-2026");

        // and switching the page to English asks again, for the library's words in English
        dutchBrowser.findElement(By.cssSelector(".lang-switch button[data-lang='en']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-summary"), "No rule set is in force on 2026-01-05"));
    }

    private static String errorNextTo(String input) {
        return dutchBrowser.findElement(By.cssSelector(input)).findElement(By.xpath(
                "ancestor::*[contains(concat(' ', @class, ' '), ' field ')][1]/p[contains(@class, 'field-error')]"))
                .getText();
    }

    private static void adviceWithCommaAndDayFirstDate(ChromeDriver browser, String locale) {
        // given the Dutch page, in a browser of this locale, and a record of what it sends
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(portal.uri() + "?lang=nl");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-task-row] .task-name")));
        assertThat((String) browser.executeScript("return navigator.language;")).isEqualTo(locale);
        ((JavascriptExecutor) browser).executeScript("window.sentBodies = []; const fetchFirst = window.fetch;"
                + "window.fetch = function (url, init) { window.sentBodies.push(init.body);"
                + " return fetchFirst.apply(this, arguments); };");

        // when a consultant's answers are typed as a Dutch person types them: the date day first, the hours and the
        // company doctor's advice with a decimal comma, as the hint's own example has it
        WebElement date = browser.findElement(By.id("referenceDate"));
        assertThat(date.getAttribute("placeholder")).isEqualTo("dd-mm-jjjj");
        date.sendKeys("15-03-2021");
        WebElement task = browser.findElement(By.cssSelector("[data-task-row]"));
        task.findElement(By.cssSelector(".task-name")).sendKeys("Analyse");
        task.findElement(By.cssSelector(".task-hours")).sendKeys("35,5");
        assertThat(browser.findElement(By.id("adviceShare")).findElement(By.xpath(
                "following-sibling::p[contains(@class, 'hint')]")).getText()).contains("bijvoorbeeld 0,4 voor 40%");
        browser.findElement(By.id("adviceShare")).sendKeys("0,4");
        new Select(browser.findElement(By.id("corona"))).selectByValue("true");
        browser.findElement(By.id("submit")).click();

        // then what was typed stays as typed, the case went out with the share 0.4, 35.5 hours and an ISO date,
        // and the decision is the advice's: at most 40% on site
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit")));
        assertThat(browser.findElement(By.id("adviceShare")).getDomProperty("value")).isEqualTo("0,4");
        assertThat(date.getDomProperty("value")).isEqualTo("15-03-2021");
        String sent = (String) browser.executeScript("return window.sentBodies[window.sentBodies.length - 1];");
        assertThat(sent).contains("\"onSiteShare\":0.4}", "\"hoursPerWeek\":35.5,", "\"referenceDate\":\"2021-03-15\"");
        assertThat(browser.findElement(By.id("share-text")).getText())
                .isEqualTo("Hoogstens 40% van de werktijd op locatie");
        assertThat(browser.findElement(By.cssSelector("#reasons li[data-code='MENTAL_HEALTH']")).isDisplayed()).isTrue();
        // and every date the page shows reads day first: the reference date in words, the rule set's period as
        // dd-mm-jjjj
        assertThat(browser.findElement(By.id("decision-for")).getText()).endsWith("op 15 maart 2021");
        assertThat(browser.findElement(By.id("ruleset")).getText())
                .contains("geldig van 18-02-2021 tot en met 25-06-2021").doesNotContain("02-18-").doesNotContain("/");
        Chromium.screenshot(browser, "dutch-page-" + locale);
    }
}
