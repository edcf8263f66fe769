# deepdive: build with Maven, run on a plain JRE as a non-root user.
#   docker build -t deepdive .
#   docker run -p 8080:8080 -v deepdive-data:/data -e OLLAMA_BASE_URL=http://ollama:11434 deepdive
# The question bank and prompts are inside the jar; mount a folder and set DEEPDIVE_BANK_LOCATION to curate your own.

FROM maven:3.9.12-eclipse-temurin-17 AS build
# Quarkus fixes the Ollama model id at build time
ARG MODEL=qwen2.5:3b
WORKDIR /build
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src src
COPY prompts prompts
COPY question-bank question-bank
RUN mvn -B -q package -DskipTests -Ddeepdive.model.name=${MODEL}

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 185 --home-dir /app deepdive && mkdir -p /data/transcripts && chown -R 185 /data
WORKDIR /app
COPY --from=build --chown=185 /build/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=185 /build/target/quarkus-app/*.jar /app/
COPY --from=build --chown=185 /build/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=185 /build/target/quarkus-app/quarkus/ /app/quarkus/
ENV DEEPDIVE_TRANSCRIPTS_DIRECTORY=/data/transcripts \
    OLLAMA_BASE_URL=http://ollama:11434 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
VOLUME /data
USER 185
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
