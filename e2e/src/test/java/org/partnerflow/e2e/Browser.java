package org.partnerflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no driver download), with a
 * screenshot of every step under {@code target/screenshots/<journey>/}.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("partnerflow.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("partnerflow.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    /** Where the browser saves what a page offers as a download (the family's plan as a PDF). */
    private final Path downloads;
    private int step;
    /** Who signed in during the journey: their user ids must never be what a page shows of them. */
    private final Set<String> userIds = new LinkedHashSet<>();
    /** An ISO date (2016-04-12): pages show dates British (12 Apr 2016). */
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** Whether a page of the app has loaded in this JVM (the front-end bundle exists from then on). */
    private static volatile boolean appLoaded;

    Browser(String baseUrl, String journey) throws IOException {
        this.baseUrl = baseUrl;
        this.screenshots = Files.createDirectories(Path.of("target", "screenshots", journey));
        try (var old = Files.list(screenshots)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        this.downloads = Files.createTempDirectory("partnerflow-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        // Root on CI needs --no-sandbox; the closed network needs background networking off.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("partnerflow-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        if (!appLoaded) {
            awaitFirstLoad(path);
        }
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    /**
     * The first page of a fresh checkout waits for Vaadin to bundle the front end (bpmn-js comes from
     * npm): minutes, once. Until the Flow client has started, the page is asked for again.
     */
    private void awaitFirstLoad(String path) {
        long giveUpAt = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (true) {
            driver.get(baseUrl + path);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                                + " && Object.keys(window.Vaadin.Flow.clients).length > 0);")) ? Boolean.TRUE : null);
                appLoaded = true;
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (System.nanoTime() > giveUpAt) {
                    throw notYet;
                }
            }
        }
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement find(By by) {
        return waitFor(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** A Vaadin button by its visible text. */
    WebElement button(String text) {
        return find(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
    }

    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // A notification or overlay lies over the element for a moment: click it as the page's own script would.
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
        }
        waitForVaadin();
    }

    void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
        waitForVaadin();
    }

    /**
     * Types into a field that sends its value lazily (search boxes): waits out the field's delay so
     * the server has answered before the next step clicks on what it shows.
     */
    void search(By field, String text) {
        type(field, text);
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitForVaadin();
    }

    /** Sets a Vaadin field's value as a person typing and leaving the field would. */
    void setValue(String fieldId, String value) {
        WebElement field = waitFor(d -> d.findElements(By.id(fieldId)).stream().findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
        waitForVaadin();
    }

    /** Chooses an option of a Vaadin select by its visible label, waits for it to be the value, and closes the list. */
    void choose(String selectId, String label) {
        WebElement select = find(By.id(selectId));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].opened = true;", select);
        WebElement item = find(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"));
        js.executeScript("arguments[0].click();", item);
        // Wait for the choice to show as the select's value, then make sure its list is closed (a redraw of
        // the form on the change can leave the web component's "opened" set).
        try {
            waitFor(d -> Boolean.TRUE.equals(js.executeScript("const v = arguments[0].querySelector('vaadin-select-item[id^=value-]');"
                    + "return !!v && v.textContent.trim() === arguments[1];", select, label)) ? Boolean.TRUE : null);
        } catch (org.openqa.selenium.TimeoutException notChosen) {
            throw new AssertionError("'" + label + "' did not become the value of " + selectId + ": "
                    + js.executeScript("return arguments[0].textContent.trim();", select), notChosen);
        }
        js.executeScript("arguments[0].opened = false;", select);
        waitForVaadin();
    }

    /**
     * Chooses an option of a Vaadin combo box (a searchable select) by its visible label: types the label
     * into its input, as a person filtering the list would, picks the matching item, and waits for it to
     * be the value.
     */
    void chooseInComboBox(String comboId, String label) {
        WebElement combo = find(By.id(comboId));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block:'center'});", combo);
        WebElement input = combo.findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(label);
        WebElement item = waitFor(d -> (WebElement) js.executeScript("return [...document.querySelectorAll('vaadin-combo-box-item')]"
                + ".find(i => !i.hidden && i.textContent.trim() === arguments[0]) || null;", label));
        js.executeScript("arguments[0].click();", item);
        try {
            waitFor(d -> Boolean.TRUE.equals(js.executeScript("return !!arguments[0].selectedItem"
                    + " && arguments[0].querySelector('input').value.trim() === arguments[1];", combo, label)) ? Boolean.TRUE : null);
        } catch (org.openqa.selenium.TimeoutException notChosen) {
            throw new AssertionError("'" + label + "' did not become the value of " + comboId + ": "
                    + js.executeScript("return arguments[0].querySelector('input').value;", combo), notChosen);
        }
        js.executeScript("arguments[0].opened = false;", combo);
        waitForVaadin();
    }

    /**
     * Picks (or, {@code selected} false, takes back) an option of a Vaadin multi-select combo box (a
     * form's taglist) by its visible label: types the label to filter, clicks the item, and waits until
     * the box's chosen items do (or no longer) include it.
     */
    void pickInMultiSelect(String comboId, String label, boolean selected) {
        WebElement combo = find(By.id(comboId));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block:'center'});", combo);
        if (!selected) {
            // Taking a value out as a person does: the remove button on its chip (a list item's check
            // mark does not always toggle once the form has been redrawn after a refusal).
            WebElement chip = waitFor(d -> (WebElement) js.executeScript("return [...arguments[0].querySelectorAll('vaadin-multi-select-combo-box-chip')]"
                    + ".find(c => c.label === arguments[1]) || null;", combo, label));
            js.executeScript("arguments[0].shadowRoot.querySelector('[part~=\"remove-button\"]').click();", chip);
            awaitChosen(combo, label, false, comboId);
            return;
        }
        WebElement input = combo.findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(label);
        WebElement item = waitFor(d -> (WebElement) js.executeScript("return [...document.querySelectorAll('vaadin-multi-select-combo-box-item')]"
                + ".find(i => !i.hidden && i.textContent.trim() === arguments[0]) || null;", label));
        js.executeScript("arguments[0].click();", item);
        awaitChosen(combo, label, true, comboId);
    }

    private void awaitChosen(WebElement combo, String label, boolean selected, String comboId) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            waitFor(d -> Boolean.valueOf(selected).equals(js.executeScript("return (arguments[0].selectedItems || [])"
                    + ".some(i => (i && i.label !== undefined ? i.label : String(i)) === arguments[1]);", combo, label)) ? Boolean.TRUE : null);
        } catch (org.openqa.selenium.TimeoutException notChosen) {
            throw new AssertionError("'" + label + "' did not become " + (selected ? "one" : "no longer one") + " of the values of " + comboId,
                    notChosen);
        }
        js.executeScript("arguments[0].opened = false;", combo);
        waitForVaadin();
    }

    void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'start'})", element);
    }

    /** Ticks or clears a single Vaadin checkbox by its id, as a click on it would. */
    void toggle(String checkboxId) {
        press(checkboxId);
    }

    /**
     * Clicks a control by its id as the page's own script would: for small controls in a row of a
     * layout, which Selenium's visibility check can judge hidden while the page shows them.
     */
    void press(String id) {
        WebElement control = waitFor(d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].click();", control);
        waitForVaadin();
    }

    /**
     * The text the page shows of an element, all of it: Selenium's own {@code getText()} leaves out the
     * parts its visibility check misjudges as hidden (rows above the scroll position of the app's layout).
     */
    String textOf(String id) {
        WebElement element = waitFor(d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0].innerText;", element));
    }

    /** Waits until the page shows this text somewhere. */
    void waitForText(String text) {
        waitFor(d -> d.getPageSource().contains(text) ? Boolean.TRUE : null);
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
        } catch (org.openqa.selenium.TimeoutException timedOut) {
            // What the page showed when the wait gave up, for whoever reads the failure.
            screenshot("timed-out-at-" + currentPathOrUrl().replaceAll("[^A-Za-z0-9]+", "-"));
            throw timedOut;
        }
    }

    private String currentPathOrUrl() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** Waits for Vaadin to finish its round trips so the page shows the server's answer. */
    void waitForVaadin() {
        waitFor(d -> {
            Object idle = ((JavascriptExecutor) d).executeScript(
                    "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return document.readyState === 'complete'; }"
                            + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());");
            return Boolean.TRUE.equals(idle) ? Boolean.TRUE : null;
        });
    }

    /** A person signed in: from now on their user id may not appear on a page (they are shown by name). */
    void signedInAs(String userId) {
        userIds.add(userId);
    }

    /**
     * The step's screenshot, and beside it the page's visible text; on Partnerflow's own pages (not
     * Camunda's webapps) that text may hold no ISO date and no signed-in person's user id.
     */
    void screenshot(String name) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        String file = String.format("%02d-%s", ++step, name);
        String text = String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body ? document.body.innerText : ''"));
        try {
            Files.write(screenshots.resolve(file + ".png"), png);
            Files.writeString(screenshots.resolve(file + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!currentPathOrUrl().startsWith("/camunda") && !name.startsWith("timed-out-at-")) {
            List<String> shown = shownWrongly(text, userIds);
            if (!shown.isEmpty()) {
                throw new AssertionError("Step " + file + " shows " + shown + " (dates British, people by full name)");
            }
        }
    }

    /** ISO dates and user ids (as whole tokens) in a page's text. */
    static List<String> shownWrongly(String text, Collection<String> userIds) {
        List<String> out = new ArrayList<>();
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            out.add("the ISO date " + iso.group());
        }
        for (String id : userIds) {
            if (Pattern.compile("(?<![\\w.@-])" + Pattern.quote(id) + "(?![\\w@-]|\\.\\w)").matcher(text).find()) {
                out.add("the user id " + id);
            }
        }
        return out;
    }

    /**
     * The file whose name ends so that the browser saved last after a click on a download link, once
     * it is complete (Chromium writes a {@code .crdownload} first).
     */
    Path awaitDownload(String suffix) {
        return waitFor(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).filter(f -> f.toFile().length() > 0)
                        .findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
