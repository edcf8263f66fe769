package dev.deepdive.bank;

import java.util.List;
import java.util.stream.Collectors;

/** Refuses a bad bank as a whole, listing every problem found, so the service never starts on one. */
public class InvalidBankException extends RuntimeException {
    private final List<BankProblem> problems;

    public InvalidBankException(List<BankProblem> problems) {
        super("The question bank is invalid:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<BankProblem> problems() {
        return problems;
    }
}
