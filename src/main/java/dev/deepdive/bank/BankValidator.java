package dev.deepdive.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks what no single file can: that ids are unique and every link between topics and questions resolves. */
final class BankValidator {
    private final BankDraft draft;
    private final List<BankProblem> problems = new ArrayList<>();
    private final Map<String, Located<Topic>> topics = new HashMap<>();

    BankValidator(BankDraft draft) {
        this.draft = draft;
    }

    List<BankProblem> problems() {
        Set<String> stages = new HashSet<>();
        draft.stages().forEach(s -> stages.add(s.id()));
        for (Located<Topic> t : draft.topics()) {
            if (topics.putIfAbsent(t.value().id(), t) != null)
                report(t.where(), "duplicate topic id '%s' (first at %s)", t.value().id(), topics.get(t.value().id()).where());
            if (!stages.contains(t.value().stage()))
                report(t.where(), "topic '%s' names unknown stage '%s' (stages: %s)", t.value().id(), t.value().stage(), stages);
        }
        if (!topics.containsKey(draft.entryTopic().value()))
            report(draft.entryTopic().where(), "entryTopic '%s' is not a topic", draft.entryTopic().value());
        draft.topics().forEach(this::checkLinks);
        draft.topics().forEach(this::checkNoParentCycle);
        checkQuestions();
        return List.copyOf(problems);
    }

    private void checkLinks(Located<Topic> located) {
        Topic topic = located.value();
        topic.parent().ifPresent(parent -> {
            Located<Topic> p = topics.get(parent);
            if (p == null) report(located.where(), "topic '%s' has unknown parent '%s'", topic.id(), parent);
            else if (!p.value().children().contains(topic.id()))
                report(located.where(), "topic '%s' names parent '%s', which does not list it in children", topic.id(), parent);
        });
        for (String child : topic.children()) {
            Located<Topic> c = topics.get(child);
            if (c == null) report(located.where(), "topic '%s' has unknown child '%s'", topic.id(), child);
            else if (!c.value().parent().filter(topic.id()::equals).isPresent())
                report(located.where(), "topic '%s' lists child '%s', whose parent is %s", topic.id(), child,
                        c.value().parent().map(p -> "'" + p + "'").orElse("not set"));
        }
        for (String prerequisite : topic.prerequisites()) {
            if (prerequisite.equals(topic.id())) report(located.where(), "topic '%s' is its own prerequisite", topic.id());
            else if (!topics.containsKey(prerequisite))
                report(located.where(), "topic '%s' has unknown prerequisite '%s'", topic.id(), prerequisite);
        }
        if (topic.sources().isEmpty()) report(located.where(), "topic '%s' names no sources", topic.id());
    }

    private void checkNoParentCycle(Located<Topic> located) {
        Set<String> seen = new HashSet<>();
        String current = located.value().id();
        while (current != null && topics.containsKey(current)) {
            if (!seen.add(current)) {
                report(located.where(), "topic '%s' is in a parent cycle: %s", located.value().id(), seen);
                return;
            }
            current = topics.get(current).value().parent().orElse(null);
        }
    }

    private void checkQuestions() {
        Map<String, Located<Question>> questions = new HashMap<>();
        Set<String> topicsWithQuestions = new HashSet<>();
        for (Located<Question> located : draft.questions()) {
            Question q = located.value();
            Located<Question> first = questions.putIfAbsent(q.id(), located);
            if (first != null) report(located.where(), "duplicate question id '%s' (first at %s)", q.id(), first.where());
            if (!topics.containsKey(q.topicId())) report(located.where(), "question '%s' names unknown topic '%s'", q.id(), q.topicId());
            topicsWithQuestions.add(q.topicId());
            checkUnique(located, q.keyPoints().stream().map(KeyPoint::id).toList(), "key point");
            checkUnique(located, q.misconceptions().stream().map(Misconception::id).toList(), "misconception");
            for (FollowUp f : q.followUps())
                if (q.keyPoint(f.probes()).isEmpty())
                    report(located.where(), "question '%s' has a follow-up probing unknown key point '%s'", q.id(), f.probes());
            if (q.sources().isEmpty()) report(located.where(), "question '%s' names no sources", q.id());
        }
        for (Located<Topic> t : draft.topics())
            if (!topicsWithQuestions.contains(t.value().id()))
                report(t.where(), "topic '%s' has no questions", t.value().id());
    }

    private void checkUnique(Located<Question> located, List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids)
            if (!seen.add(id)) report(located.where(), "question '%s' repeats %s id '%s'", located.value().id(), what, id);
    }

    private void report(SourceLocation where, String format, Object... args) {
        problems.add(new BankProblem(where, String.format(format, args)));
    }
}
