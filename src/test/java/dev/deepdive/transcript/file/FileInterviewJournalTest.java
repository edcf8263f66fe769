package dev.deepdive.transcript.file;

import dev.deepdive.bank.TestBank;
import dev.deepdive.interview.DamagedJournalException;
import dev.deepdive.interview.Interview;
import dev.deepdive.interview.InterviewEngine;
import dev.deepdive.interview.InterviewRules;
import dev.deepdive.interview.InterviewService;
import dev.deepdive.interview.QuestionWording;
import dev.deepdive.interview.ScriptedGrader;
import dev.deepdive.interview.StartRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileInterviewJournalTest {
    @TempDir
    Path directory;
    final ScriptedGrader grader = new ScriptedGrader().then(4.5, 2.5, 0.5);

    InterviewService service() {
        InterviewEngine engine = new InterviewEngine(TestBank.standard(), grader, QuestionWording.BANK, InterviewRules.standard(), Clock.systemUTC());
        return new InterviewService(engine, new FileInterviewJournal(directory));
    }

    @Test
    void anInterviewResumesAfterARestartExactlyWhereItStood() {
        InterviewService before = service();
        String id = before.start(StartRequest.defaults()).id();
        before.answer(id, "a strong answer");
        before.hint(id);
        before.answer(id, "a partial one");
        Interview acknowledged = before.get(id);

        InterviewService after = service();
        Interview resumed = after.get(id);

        assertThat(resumed.turns()).isEqualTo(acknowledged.turns());
        assertThat(resumed.current()).isEqualTo(acknowledged.current());
        assertThat(after.answer(id, "and on it goes").closed().number()).isEqualTo(3);
        assertThat(after.list()).extracting(Interview::id).containsExactly(id);
    }

    @Test
    void aTornLastLineFromACrashIsIgnored() throws IOException {
        InterviewService service = service();
        String id = service.start(StartRequest.defaults()).id();
        service.answer(id, "acknowledged");
        Path file = new FileInterviewJournal(directory).file(id);
        Files.writeString(file, "[{\"type\":\"answered\",\"event\":{\"at\":\"2026-", StandardOpenOption.APPEND);

        Interview resumed = service().get(id);

        assertThat(resumed.closedTurns()).hasSize(1);
        assertThat(resumed.current()).isPresent();
    }

    @Test
    void damageBeforeTheLastLineIsReportedNotHidden() throws IOException {
        InterviewService service = service();
        String id = service.start(StartRequest.defaults()).id();
        service.answer(id, "one");
        Path file = new FileInterviewJournal(directory).file(id);
        List<String> lines = Files.readAllLines(file);
        Files.write(file, List.of("garbage", lines.get(1)));

        assertThatThrownBy(() -> service().get(id)).isInstanceOf(DamagedJournalException.class).hasMessageContaining("damaged at line 1");
        assertThat(Files.readAllLines(file)).containsExactly("garbage", lines.get(1));
    }

    @Test
    void aDamagedInterviewDoesNotHideTheOthersFromTheHistory() throws IOException {
        InterviewService service = service();
        String damaged = service.start(StartRequest.defaults()).id();
        String healthy = service.start(StartRequest.defaults()).id();
        Files.writeString(new FileInterviewJournal(directory).file(damaged), "garbage\n{}\n");

        assertThat(service().list()).extracting(Interview::id).containsExactly(healthy);
    }

    @Test
    void eachActionIsOneLineOfJson() throws IOException {
        InterviewService service = service();
        String id = service.start(StartRequest.defaults()).id();
        service.answer(id, "one");

        List<String> lines = Files.readAllLines(new FileInterviewJournal(directory).file(id));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("[{\"type\":\"started\"").contains("{\"type\":\"asked\"");
        assertThat(lines.get(1)).contains("\"type\":\"answered\"").contains("\"answer\":\"one\"").contains("\"gradedBy\":\"EMBEDDED\"");
    }

    @Test
    void unknownAndMalformedIdsFindNothing() {
        InterviewService service = service();

        assertThat(service.find("00000000-0000-0000-0000-000000000000")).isEmpty();
        assertThat(service.find("../../etc/passwd")).isEmpty();
    }
}
