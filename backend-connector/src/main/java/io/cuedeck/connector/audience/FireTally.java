package io.cuedeck.connector.audience;

import java.util.Map;

/**
 * What a simulated crowd did about one fire, counted per viewer (each viewer once per step, however
 * often its cue arrived or its socket reconnected): the client's side of a fire report's funnel.
 * Late joiners (their first socket opened after the TAKE) are counted apart, as the server does.
 *
 * <ul>
 * <li>{@code received}: viewers who got the cue; {@code acked}: those whose ack was written to a
 * socket; {@code reacting}: viewers who noticed the cue (the config's ack rate), late joiners
 * included.</li>
 * <li>{@code answering}: viewers who decided to answer, late joiners included; {@code answered}: those whose answer the
 * server accepted (also when, after a reconnect, a copy sent again was refused as a duplicate of
 * the one the server had accepted before the reply was lost).</li>
 * <li>{@code answersByOption} and {@code answersByLanguage}: the accepted answers, late joiners
 * included, by option index (polls and quizzes) and by the viewer's language.</li>
 * <li>{@code refusedAnswers}: viewers whose answer was refused for good, by the server's reason.</li>
 * <li>{@code refusalsHeard}: every refusal of an answer to this fire that reached a viewer, copies
 * sent again included (what the server counts as refused answers).</li>
 * <li>{@code choiceByViewer}: the option of every accepted choice answer, by viewer id.</li>
 * </ul>
 */
public record FireTally(
        String fireId,
        long received,
        long reacting,
        long acked,
        long answering,
        long answered,
        long lateReceived,
        long lateAcked,
        long lateAnswered,
        Map<Integer, Long> answersByOption,
        Map<String, Long> answersByLanguage,
        Map<String, Long> refusedAnswers,
        Map<String, Long> refusalsHeard,
        Map<String, Integer> choiceByViewer) {

    /** Every viewer who noticed the cue has acked it, and every answer meant has the server's verdict. */
    public boolean settled() {
        long refused = refusedAnswers.values().stream().mapToLong(Long::longValue).sum();
        return acked + lateAcked == reacting && answered + lateAnswered + refused == answering;
    }

    /** Every figure, with {@code choiceByViewer} only counted (it has an entry per answering viewer). */
    @Override
    public String toString() {
        return "FireTally[" + fireId + ": received " + received + ", reacting " + reacting + ", acked " + acked
                + ", answering " + answering + ", answered " + answered + ", late " + lateReceived + "/" + lateAcked
                + "/" + lateAnswered + ", by option " + answersByOption + ", by language " + answersByLanguage
                + ", refused " + refusedAnswers + ", refusals heard " + refusalsHeard + ", choices of "
                + choiceByViewer.size() + " viewers]";
    }
}
