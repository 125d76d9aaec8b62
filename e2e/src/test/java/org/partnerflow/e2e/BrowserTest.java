package org.partnerflow.e2e;

import java.io.IOException;
import org.partnerflow.PartnerflowApplication;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A browser test: the whole application on a random port (one Spring context shared by all of them), and a browser for it. */
@SpringBootTest(classes = PartnerflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestPeople people;

    /** A headless Chromium on the app; screenshots go to target/screenshots/{journey}. */
    Browser browser(String journey) throws IOException {
        return new Browser("http://localhost:" + port, journey);
    }
}
