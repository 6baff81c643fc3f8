package io.cuedeck.protocol.rules;

/** A cue draft breaks a rule of {@link CueValidator}: the first problem found. */
public final class InvalidCueException extends RuntimeException {

    private final transient CueProblem problem;

    public InvalidCueException(CueProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    public CueProblem problem() {
        return problem;
    }
}
