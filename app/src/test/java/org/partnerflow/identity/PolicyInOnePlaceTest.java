package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who may do what is decided by {@link Permissions} alone: no other main source of any module asks
 * about a role by hand. A view or service that needs an answer asks the policy (or says
 * {@code @PreAuthorize("@permissions…")}); the pages' route annotations stay the door.
 */
class PolicyInOnePlaceTest {

    private static final Pattern ROLE_CHECK = Pattern.compile("\\bhas\\(Role\\.|\\bhasRole\\(|\\bisUserInRole\\(|\\bhasAuthority\\(");

    @Test
    void noRoleIsCheckedOutsideThePolicy() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("mvnw")) && root.getParent() != null) {
            root = root.getParent();
        }
        List<String> found = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> modules = Files.list(root)) {
            sources = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList();
        }
        assertThat(sources).as("main sources found from " + root).isNotEmpty();
        for (Path source : sources) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (file.getFileName().toString().equals("Permissions.java")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (ROLE_CHECK.matcher(lines.get(i)).find()) {
                            found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(found).as("role checks outside org.partnerflow.identity.Permissions: ask the policy instead").isEmpty();
    }
}
