# Builds the production bundle (Vaadin front end compiled) and runs it on a JRE. Only a production
# build starts with the postgres profile (DevelopmentMode); -Pproduction writes the flag it reads.
#   docker build -t partnerflow .        (or: docker compose up --build, see docker-compose.yml)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src

# Dependencies first, in a layer of their own: it is rebuilt only when a pom changes, not on every
# source change. Only the poms and the wrapper are copied, so dependency:go-offline is used rather
# than a build: `verify` on poms alone would need the modules' sources (ui compiles against app).
# go-offline leaves out the reactor's own modules (excludeReactor, the default) and fetches every
# plugin of the production build, the Vaadin plugin's included. It cannot know what plugins load
# only while they run (e.g. surefire's JUnit provider; the tests are skipped below anyway), so the
# package step may still fetch a few small artifacts: a cache, not an offline guarantee.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY db/pom.xml db/
COPY forms/pom.xml forms/
COPY processes/pom.xml processes/
COPY app/pom.xml app/
COPY ui/pom.xml ui/
RUN ./mvnw -B -ntp -Pproduction dependency:go-offline

# The sources. ui/src/main/bundles/prod.bundle (committed) is Vaadin's compiled front end: while it
# matches the front-end dependencies the build uses it as it is (no npm install, no Vite). Vaadin's
# prepare-frontend still checks for a Node.js and, this image having none, fetches its own into
# ~/.vaadin (nodejs.org); after a front-end change it rebuilds the bundle from npm with it.
COPY . .
RUN ./mvnw -B -ntp -Pproduction -DskipTests package \
 && cp ui/target/partnerflow-ui-*-exec.jar /src/partnerflow.jar

FROM eclipse-temurin:17-jre
# A system user without a home or shell. On PostgreSQL (the postgres profile, as docker-compose.yml
# runs it) the application writes nothing to its working directory, so /app stays root-owned and
# read-only to it; Tomcat's scratch files go to /tmp. (Without the postgres profile it would make an
# H2 database under ./data: not for a container.)
RUN useradd --system --uid 1001 --no-create-home --shell /usr/sbin/nologin partnerflow
WORKDIR /app
COPY --from=build /src/partnerflow.jar /app/partnerflow.jar
USER partnerflow
EXPOSE 8080
# Container-aware memory: the heap is sized from the container's memory limit (75 %; the rest is
# metaspace, threads, the code cache and direct buffers), not the host's; out of memory, the JVM
# exits and the container's restart policy starts it afresh. Override with `docker run -e`.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# eclipse-temurin's Ubuntu images ship curl (and wget): its own Dockerfile installs them. curl -f
# fails on the 503 of a health that is not UP. The first start on an empty database (Flyway, the
# engine's tables, the deployments) took 1-3 minutes here on 2 busy cores: the start period covers it.
HEALTHCHECK --interval=15s --timeout=5s --start-period=300s --retries=3 \
  CMD curl -fsS -o /dev/null "http://localhost:${PORT:-8080}/actuator/health" || exit 1
ENTRYPOINT ["java", "-jar", "/app/partnerflow.jar"]
