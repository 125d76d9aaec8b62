# Builds the production bundle (Vaadin frontend compiled) and runs it on a JRE. Only a production
# build starts with the postgres profile (DevelopmentMode); -Pproduction writes the flag it reads.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -Pproduction -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 partnerflow
WORKDIR /app
COPY --from=build /src/ui/target/partnerflow-ui-*-exec.jar /app/partnerflow.jar
USER partnerflow
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/partnerflow.jar"]
