package org.opencounter.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The running app on a random port and a fresh headless browser per test; a screenshot of every test's last page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "Demo2026pass";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            browser.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
            browser.close();
        }
    }
}
