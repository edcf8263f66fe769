package dev.deepdive.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole short interview in bank mode, driven through the page in a real headless Chromium. Screenshots go to
 * target/screenshots; {@code -Dscreenshots=docs/screenshots} refreshes the ones README shows.
 */
@QuarkusTest
class InterviewPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots", "target/screenshots"));

    @TestHTTPResource("/")
    URL root;

    ChromeDriver browser;
    WebDriverWait wait;
    Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        profile = Files.createTempDirectory("deepdive-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) browser.quit();
        if (profile != null) try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aCandidateRunsAShortInterviewAndReadsTheReport() throws IOException {
        browser.get(root.toString());
        assertThat(browser.findElement(By.id("bank-mode")).getText()).contains("Bank mode");
        assertThat(new Select(browser.findElement(By.id("topic"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("grpo");
        WebElement length = browser.findElement(By.id("questions"));
        length.clear();
        length.sendKeys("4");
        screenshot("start");
        browser.findElement(By.id("start-button")).click();

        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".msg.interviewer")));
        assertThat(question.getText()).contains("worded by bank");
        assertThat(browser.findElement(By.id("progress")).getText()).isEqualTo("1 of 4");

        browser.findElement(By.id("hint-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".msg.hint")));

        String reference = InterviewResourceTest.referenceAnswer(question.getAttribute("data-question-id"));
        WebElement answer = browser.findElement(By.id("answer"));
        answer.sendKeys("<b>bold claim</b> " + reference);
        answer.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        WebElement feedback = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".feedback")));
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "2 of 4"));
        assertThat(feedback.getText()).contains("graded by embedded").contains("You said:");
        assertThat(feedback.findElements(By.cssSelector(".points.covered li"))).isNotEmpty();
        WebElement mine = browser.findElement(By.cssSelector(".msg.candidate .body"));
        assertThat(mine.getText()).startsWith("<b>bold claim</b>");
        assertThat(mine.findElements(By.tagName("b"))).isEmpty();
        click(feedback.findElement(By.cssSelector(".model-answer summary")));
        wait.until(ExpectedConditions.textToBePresentInElement(feedback.findElement(By.cssSelector(".model-answer .body")),
                reference.substring(0, 40)));
        screenshot("chat");
        elementScreenshot(feedback, "feedback");

        browser.findElement(By.id("skip-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "3 of 4"));
        WebElement map = browser.findElement(By.id("map-card"));
        if (map.getAttribute("open") == null) click(map.findElement(By.tagName("summary")));
        assertThat(map.findElements(By.cssSelector(".node.visited, .node.current"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(map.findElements(By.cssSelector(".node.current"))).hasSize(1);
        assertThat(browser.findElement(By.id("path-summary")).getText()).startsWith("GRPO");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        save(map.getScreenshotAs(OutputType.FILE).toPath(), "map");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".feedback"), 1));
        assertThat(browser.findElements(By.cssSelector(".msg.candidate"))).hasSize(2);

        browser.findElement(By.id("end-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("end-confirm"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("report-link"))).click();

        WebElement overall = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("overall-score")));
        assertThat(overall.getText()).contains("/ 5");
        assertThat(browser.findElements(By.cssSelector("#mastery .bar-row"))).isNotEmpty();
        assertThat(browser.findElement(By.linkText("Transcript (Markdown)")).getAttribute("href")).endsWith("transcript?format=markdown");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map svg")));
        screenshot("report");

        String interview = browser.findElement(By.id("report")).getAttribute("data-interview-id");
        browser.get(root + "history");
        assertThat(browser.findElements(By.cssSelector("#trends .trend"))).isNotEmpty();
        assertThat(browser.findElement(By.id("history")).getText()).contains("Group Relative Policy Optimization (GRPO)");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(root + "interviews/" + interview);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("finished")));
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
        screenshot("phone");
    }

    /** Clicks as a person would: after scrolling the element clear of the sticky header and answer box. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void screenshot(String name) throws IOException {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        Dimension window = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height + 120, 900), 4000)));
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        save(browser.getScreenshotAs(OutputType.FILE).toPath(), name);
        browser.manage().window().setSize(window);
    }

    private void elementScreenshot(WebElement element, String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        save(((TakesScreenshot) element).getScreenshotAs(OutputType.FILE).toPath(), name);
    }

    private static void save(Path shot, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
