package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

    private static final Pattern PRE_AUTHORIZE = Pattern.compile("^\\s*@PreAuthorize\\(\"([^\"]*)\"\\)", Pattern.MULTILINE);
    private static final Pattern ASKS_THE_POLICY = Pattern.compile("@permissions\\.(\\w+)\\(\\)");

    @Test
    void noRoleIsCheckedOutsideThePolicy() throws IOException {
        Path root = root();
        List<String> found = new ArrayList<>();
        for (Path source : mainSources(root)) {
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

    /**
     * Every {@code @PreAuthorize} asks one question of the policy, by a method it has: a misspelt
     * question would otherwise be found only when someone is refused, and {@link Refusals} says who may.
     */
    @Test
    void everyServiceGuardAsksThePolicyAQuestionItAnswers() throws IOException, NoSuchMethodException {
        Path root = root();
        List<String> guards = new ArrayList<>();
        for (Path source : mainSources(root)) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = PRE_AUTHORIZE.matcher(Files.readString(file));
                    while (m.find()) {
                        guards.add(root.relativize(file) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(guards).as("service methods guarded by the policy").isNotEmpty();
        for (String guard : guards) {
            Matcher question = ASKS_THE_POLICY.matcher(guard.substring(guard.indexOf(": ") + 2));
            assertThat(question.matches()).as(guard + " should be exactly one question, @permissions.mayX()").isTrue();
            assertThat(Permissions.class.getMethod(question.group(1)).getReturnType()).as(guard).isEqualTo(boolean.class);
            assertThat(Refusals.whoMay(question.group(1))).as("who may, for " + guard).isNotNull();
        }
    }

    private static Path root() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("mvnw")) && root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    private static List<Path> mainSources(Path root) throws IOException {
        List<Path> sources;
        try (Stream<Path> modules = Files.list(root)) {
            sources = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList();
        }
        assertThat(sources).as("main sources found from " + root).isNotEmpty();
        return sources;
    }
}
