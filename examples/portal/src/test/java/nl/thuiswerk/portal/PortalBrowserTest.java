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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire in a real browser: headless Chromium, against the portal started in this JVM. Each test saves a
 * screenshot of the page it ends on under target/screenshots. Skipped where Chromium is not installed.
 */
class PortalBrowserTest {

    private static final String QUOTE = "In veel sectoren kunnen mensen niet of slechts gedeeltelijk thuiswerken";

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

    /** Per test rather than once, so that a run without the browser reports each test as skipped, with why. */
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
    void the_teacher_is_advised_partly_on_site_because_of_the_nature_of_work_in_english() {
        // given the questionnaire in English
        open("en");

        // when the teacher's answers are given and the advice is asked for
        fillTeacher();
        submit();

        // then the outcome, the share and the reason with its quoted source are shown in English
        waitForDecision();
        assertThat(text("#outcome-code")).isEqualTo("PARTLY_ON_SITE");
        assertThat(text("#outcome")).isEqualTo("Partly on site");
        assertThat(text("#share-text")).isEqualTo("At most 66.67% of working time on site");
        WebElement reason = find("#reasons li[data-code='NATURE_OF_WORK']");
        assertThat(reason.getText()).contains("NATURE_OF_WORK",
                "By the nature of the work, “Teaching in class” can only be done on site",
                "Kamerbrief Thuiswerken");
        assertThat(reason.findElement(By.cssSelector(".quote")).getText()).contains(QUOTE);
        assertThat(text("#conditions")).isEqualTo("No conditions.");
        assertThat(text("#what-would-change")).contains("If “Teaching in class” could be done from home");
        assertThat(text("#ruleset")).contains("2021-02-18", "Werk thuis, tenzij het niet anders kan",
                "in force from 18-02-2021 to 25-06-2021",
                "Its start date comes from a government text (primary source), its wording from a government text");
        Chromium.screenshot(browser, "teacher-en");
    }

    @Test
    void the_teacher_is_advised_in_dutch_and_the_language_switch_asks_the_library_again() {
        // given the questionnaire in Dutch
        open("nl");
        assertThat(text("#submit")).isEqualTo("Advies vragen");

        // when the teacher's answers are given and the advice is asked for
        fillTeacher();
        submit();

        // then the decision's texts are the library's Dutch ones, and the page's own labels are Dutch
        waitForDecision();
        assertThat(text("#outcome-code")).isEqualTo("PARTLY_ON_SITE");
        assertThat(text("#outcome")).isEqualTo("Deels op locatie");
        assertThat(text("#share-text")).isEqualTo("Hoogstens 66,67% van de werktijd op locatie");
        WebElement reason = find("#reasons li[data-code='NATURE_OF_WORK']");
        assertThat(reason.getText())
                .contains("Door de aard van het werk kan “Teaching in class” alleen op locatie");
        assertThat(reason.findElement(By.cssSelector(".quote")).getText()).contains(QUOTE);
        assertThat(text("#decision")).contains("Waarom", "Wat de uitkomst zou veranderen");
        Chromium.screenshot(browser, "teacher-nl");

        // and when the language is switched, the same decision comes back in English, the answers untouched
        find("#lang-en").click();
        wait.until(ExpectedConditions.textToBe(By.id("outcome"), "Partly on site"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reasons"), "By the nature of the work"));
        assertThat(text("#submit")).isEqualTo("Get the advice");
        assertThat(taskValue(0, ".task-name")).isEqualTo("Teaching in class");
        assertThat(browser.getCurrentUrl()).endsWith("/?lang=en");
    }

    @Test
    void an_invalid_form_shows_each_problem_next_to_its_field_and_keeps_everything_typed() {
        // given a form with an empty task name, 0 and 90 hours and a doctor's advice above 1
        open("en");
        date("2021-03-15");
        WebElement first = task(0);
        first.findElement(By.cssSelector(".task-hours")).sendKeys("0");
        check(first, "PHYSICAL_PRESENCE");
        find("#add-task").click();
        task(1).findElement(By.cssSelector(".task-name")).sendKeys("Preparing lessons");
        task(1).findElement(By.cssSelector(".task-hours")).sendKeys("90");
        find("#adviceShare").sendKeys("1.5");
        new Select(find("#corona")).selectByValue("true");

        // when the advice is asked for
        submit();

        // then each problem stands next to its own field
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(errorNextTo(task(0).findElement(By.cssSelector(".task-name")))).isEqualTo("Is required");
        assertThat(errorNextTo(task(0).findElement(By.cssSelector(".task-hours")))).isEqualTo("Must be greater than 0");
        assertThat(errorNextTo(task(1).findElement(By.cssSelector(".task-hours")))).isEqualTo("Must be at most 80");
        assertThat(errorNextTo(find("#adviceShare"))).isEqualTo("Must be greater than 0 and at most 1");
        assertThat(find("#decision").isDisplayed()).isFalse();
        assertThat(text("#error-list")).contains("job.tasks[0].name", "job.tasks[0].hoursPerWeek",
                "job.tasks[1].hoursPerWeek", "worker.occupationalPhysicianAdvice.onSiteShare");
        // and nothing typed is lost
        assertThat(taskValue(0, ".task-name")).isEmpty();
        assertThat(taskValue(0, ".task-hours")).isEqualTo("0");
        assertThat(task(0).findElement(By.cssSelector("input[value='PHYSICAL_PRESENCE']")).isSelected()).isTrue();
        assertThat(taskValue(1, ".task-name")).isEqualTo("Preparing lessons");
        assertThat(taskValue(1, ".task-hours")).isEqualTo("90");
        assertThat(find("#adviceShare").getDomProperty("value")).isEqualTo("1.5");
        assertThat(find("#referenceDate").getDomProperty("value")).isEqualTo("15-03-2021");
        Chromium.screenshot(browser, "invalid-en");

        // and in Dutch the same problems are told in Dutch, still next to their fields
        find("#lang-nl").click();
        wait.until(ExpectedConditions.textToBe(By.id("error-title"), "De casus is nog niet compleet"));
        assertThat(errorNextTo(task(0).findElement(By.cssSelector(".task-hours")))).isEqualTo("Moet groter zijn dan 0");
        assertThat(errorNextTo(task(1).findElement(By.cssSelector(".task-hours")))).isEqualTo("Mag hoogstens 80 zijn");
        Chromium.screenshot(browser, "invalid-nl");

        // and when the answers are corrected, the advice comes
        find("#lang-en").click();
        task(0).findElement(By.cssSelector(".task-name")).sendKeys("Teaching in class");
        replace(task(0).findElement(By.cssSelector(".task-hours")), "24");
        replace(task(1).findElement(By.cssSelector(".task-hours")), "12");
        replace(find("#adviceShare"), "");
        submit();
        waitForDecision();
        assertThat(text("#outcome-code")).isEqualTo("PARTLY_ON_SITE");
        assertThat(find("#error-summary").isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".field-error")).stream().filter(WebElement::isDisplayed))
                .isEmpty();
    }

    @Test
    void a_phase_without_a_national_limit_says_so_and_marks_the_blocking_condition() {
        // given a consultant in October 2021, with a home workplace to be made adequate and no corona measures on site
        open("en");
        find("#jobTitle").sendKeys("Junior consultant");
        date("2021-10-01");
        task(0).findElement(By.cssSelector(".task-name")).sendKeys("Client reports");
        task(0).findElement(By.cssSelector(".task-hours")).sendKeys("40");
        new Select(find("#homeWorkplace")).selectByValue("INADEQUATE_REMEDIABLE");
        new Select(find("#corona")).selectByValue("false");

        // when the advice is asked for
        submit();

        // then there is no national limit, and the condition that blocks work on site is marked as blocking
        waitForDecision();
        assertThat(text("#outcome-code")).isEqualTo("PARTLY_ON_SITE");
        assertThat(text("#share-text")).isEqualTo("No national limit: employer and employee agree on the split");
        assertThat(find("#share-bar").getAttribute("class")).contains("no-limit");
        WebElement blocking = find("#conditions li[data-code='ON_SITE_WORKPLACE_NOT_CORONA_PROOF']");
        assertThat(blocking.getAttribute("data-blocking")).isEqualTo("true");
        assertThat(blocking.findElement(By.cssSelector(".badge")).getText()).isEqualToIgnoringCase("Blocking");
        WebElement notBlocking = find("#conditions li[data-code='HOME_WORKPLACE_TO_BE_MADE_ADEQUATE']");
        assertThat(notBlocking.getAttribute("data-blocking")).isEqualTo("false");
        assertThat(text("#what-would-change")).contains("If the on-site workplace met the corona measures");
        Chromium.screenshot(browser, "no-limit-en");
    }

    @Test
    void the_company_doctors_advice_is_asked_for_as_advice_for_mental_complaints_from_working_at_home() {
        // given the questionnaire in Dutch, then in English

        // when the advice's field is read, then its label says it is the company doctor's advice because of mental
        // complaints from working at home, the mental-health criterion, and its hint that no other health reason
        // belongs there
        open("nl");
        assertThat(text("label[for='adviceShare']")).startsWith(
                "Advies van de bedrijfsarts bij mentale klachten door het thuiswerken: deel van de werktijd op locatie");
        assertThat(text("#adviceShare ~ p.hint")).contains("criterium MENTAL_HEALTH", "rugklachten",
                "hoort hier niet", "bijvoorbeeld 0,4 voor 40%");
        find("#lang-en").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("label[for='adviceShare']"),
                "Company doctor's advice"));
        assertThat(text("label[for='adviceShare']")).startsWith("Company doctor's advice for mental complaints "
                + "from working at home: share of working time on site");
        assertThat(text("#adviceShare ~ p.hint")).contains("criterion MENTAL_HEALTH", "back problem",
                "does not belong here", "e.g. 0.4 for 40%");
    }

    // ----- the questionnaire, as a person fills it -----

    private void open(String lang) {
        browser.get(portal.uri() + "?lang=" + lang);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-task-row] .task-name")));
    }

    private void fillTeacher() {
        replace(find("#caseId"), "ex-teacher");
        find("#jobTitle").sendKeys("Teacher, secondary school");
        date("2021-03-15");
        WebElement teaching = task(0);
        teaching.findElement(By.cssSelector(".task-name")).sendKeys("Teaching in class");
        teaching.findElement(By.cssSelector(".task-hours")).sendKeys("24");
        check(teaching, "PHYSICAL_PRESENCE");
        find("#add-task").click();
        WebElement preparing = task(1);
        preparing.findElement(By.cssSelector(".task-name")).sendKeys("Preparing lessons");
        preparing.findElement(By.cssSelector(".task-hours")).sendKeys("12");
        new Select(find("#corona")).selectByValue("true");
    }

    /** Typed day first, as the field asks in either language, whatever the browser's own locale. */
    private void date(String iso) {
        String[] ymd = iso.split("-");
        replace(find("#referenceDate"), ymd[2] + "-" + ymd[1] + "-" + ymd[0]);
    }

    private void submit() {
        find("#submit").click();
    }

    private void waitForDecision() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit")));
    }

    private WebElement task(int index) {
        List<WebElement> rows = browser.findElements(By.cssSelector("[data-task-row]"));
        return rows.get(index);
    }

    private String taskValue(int index, String input) {
        return task(index).findElement(By.cssSelector(input)).getDomProperty("value");
    }

    private static void check(WebElement task, String need) {
        WebElement box = task.findElement(By.cssSelector("input[value='" + need + "']"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private static void replace(WebElement input, String value) {
        input.clear();
        if (!value.isEmpty()) {
            input.sendKeys(value);
        }
    }

    /** The error shown in the same field as the input, i.e. right under it. */
    private static String errorNextTo(WebElement input) {
        WebElement error = input.findElement(By.xpath(
                "ancestor::*[contains(concat(' ', @class, ' '), ' field ')][1]/p[contains(@class, 'field-error')]"));
        assertThat(error.isDisplayed()).as("the error next to " + input.getAttribute("class")).isTrue();
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        return error.getText();
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return find(css).getText();
    }
}
