package org.partnerflow.e2e;

import org.openqa.selenium.By;
import org.partnerflow.testsupport.TestPeople;

/** Steps every journey shares. */
final class Journeys {

    private Journeys() {
    }

    static void signIn(Browser browser, String user) {
        browser.open("/login");
        browser.type(By.cssSelector("#vaadinLoginUsername input"), user);
        browser.type(By.cssSelector("#vaadinLoginPassword input"), TestPeople.PASSWORD);
        browser.click(browser.find(By.cssSelector("vaadin-button[slot='submit']")));
        browser.waitFor(d -> d.findElements(By.id("signed-in-as")).isEmpty() ? null : Boolean.TRUE);
    }
}
