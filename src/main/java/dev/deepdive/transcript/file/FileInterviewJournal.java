package dev.deepdive.transcript.file;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.deepdive.interview.DamagedJournalException;
import dev.deepdive.interview.InterviewEvent;
import dev.deepdive.interview.InterviewJournal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps each interview as a JSON Lines file, {@code <id>.jsonl}. One line holds the events of one action, written in a
 * single append and forced to disk before {@link #append} returns: a crash can only tear the last, unacknowledged line,
 * which reading then ignores. Lines are never rewritten.
 */
public final class FileInterviewJournal implements InterviewJournal {
    private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");
    private static final String SUFFIX = ".jsonl";
    private static final Map<String, Class<? extends InterviewEvent>> TYPES = Map.of(
            "started", InterviewEvent.Started.class,
            "asked", InterviewEvent.Asked.class,
            "answered", InterviewEvent.Answered.class,
            "skipped", InterviewEvent.Skipped.class,
            "hint", InterviewEvent.HintGiven.class,
            "ended", InterviewEvent.Ended.class);

    private final Path directory;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public FileInterviewJournal(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the transcript directory " + directory, e);
        }
    }

    @Override
    public void append(String interviewId, List<InterviewEvent> events) {
        ArrayNode line = json.createArrayNode();
        events.forEach(e -> line.add(encode(e)));
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel out = FileChannel.open(file(interviewId), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) out.write(buffer);
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the transcript of interview " + interviewId, e);
        }
    }

    @Override
    public List<InterviewEvent> read(String interviewId) {
        Path file = file(interviewId);
        if (!Files.isRegularFile(file)) return List.of();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<InterviewEvent> events = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                try {
                    for (JsonNode node : json.readTree(lines.get(i))) events.add(decode(node));
                } catch (IOException | IllegalArgumentException e) {
                    if (i == lines.size() - 1) break;
                    throw new DamagedJournalException("the transcript " + file.getFileName() + " is damaged at line " + (i + 1), e);
                }
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the transcript of interview " + interviewId, e);
        }
    }

    @Override
    public List<String> ids() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).filter(id -> ID.matcher(id).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the transcripts in " + directory, e);
        }
    }

    /** Where an interview's journal lives. */
    public Path file(String interviewId) {
        if (!ID.matcher(interviewId).matches()) throw new IllegalArgumentException("not an interview id: " + interviewId);
        return directory.resolve(interviewId + SUFFIX);
    }

    private JsonNode encode(InterviewEvent event) {
        String type = TYPES.entrySet().stream().filter(t -> t.getValue() == event.getClass()).findFirst().orElseThrow().getKey();
        ObjectNode node = json.createObjectNode();
        node.put("type", type);
        node.set("event", json.valueToTree(event));
        return node;
    }

    private InterviewEvent decode(JsonNode node) throws IOException {
        Class<? extends InterviewEvent> type = TYPES.get(node.path("type").asText());
        if (type == null) throw new IllegalArgumentException("unknown event type " + node.path("type"));
        return json.treeToValue(node.get("event"), type);
    }
}
