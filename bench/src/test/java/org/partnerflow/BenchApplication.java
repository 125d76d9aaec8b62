package org.partnerflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application core without the views, as the app module's tests run it, for the benchmark. In
 * the base package, so its entities and repositories are found as in the application.
 */
@SpringBootApplication
public class BenchApplication {
}
