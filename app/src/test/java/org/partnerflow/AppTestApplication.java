package org.partnerflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The app module's tests run the application core without the Vaadin views. */
@SpringBootApplication
public class AppTestApplication {
}
