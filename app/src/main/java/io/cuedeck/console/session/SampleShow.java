package io.cuedeck.console.session;

import io.cuedeck.connector.CuedeckClient;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.ShowStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rehearsal show a newcomer lands in: on air at once, with sample cues in English,
 * Traditional Chinese and Korean (an announcement, polls, a quiz, a question). An ended rehearsal
 * is replaced by a new one of the day; a rehearsal the user emptied is refilled.
 */
final class SampleShow {

    static final String ID = "rehearsal";

    private SampleShow() {
    }

    static String ensureLive(CuedeckClient client) {
        Show show = client.shows().stream().filter(s -> s.id().startsWith(ID) && s.status() != ShowStatus.ENDED)
                .findFirst().orElse(null);
        if (show == null) {
            boolean taken = client.shows().stream().anyMatch(s -> s.id().equals(ID));
            String id = taken ? ID + "-" + LocalDate.now() + "-" + Long.toString(System.currentTimeMillis() % 100_000, 36) : ID;
            show = client.createShow(new NewShow(id, "Rehearsal \u00b7 \u6392\u7df4 \u00b7 \ub9ac\ud5c8\uc124", null, null));
        }
        if (client.rundown(show.id()).isEmpty()) {
            for (CueDraft cue : cues()) {
                client.addCue(show.id(), cue);
            }
        }
        if (show.status() == ShowStatus.DRAFT) {
            show = client.updateShow(show.id(), ShowPatch.status(ShowStatus.LIVE));
        }
        return show.id();
    }

    static List<CueDraft> cues() {
        return List.of(
                new CueDraft(CueKind.ANNOUNCEMENT, t("Welcome to tonight's show!", "\u6b61\u8fce\u6536\u770b\u4eca\u665a\u7684\u7bc0\u76ee\uff01",
                        "\uc624\ub298 \ubc24 \uc1fc\uc5d0 \uc624\uc2e0 \uac83\uc744 \ud658\uc601\ud569\ub2c8\ub2e4!"), null, null, 15, "en"),
                new CueDraft(CueKind.POLL, t("Who will win tonight?", "\u4eca\u665a\u8ab0\u6703\u8d0f\uff1f", "\uc624\ub298 \ubc24 \ub204\uac00 \uc774\uae38\uae4c\uc694?"),
                        List.of(t("Red team", "\u7d05\u968a", "\ub808\ub4dc \ud300"), t("Blue team", "\u85cd\u968a", "\ube14\ub8e8 \ud300")), null, 30, "en"),
                new CueDraft(CueKind.QUIZ, t("Which city hosts the final?", "\u6c7a\u8cfd\u5728\u54ea\u500b\u57ce\u5e02\u8209\u884c\uff1f",
                        "\uacb0\uc2b9\uc804\uc740 \uc5b4\ub290 \ub3c4\uc2dc\uc5d0\uc11c \uc5f4\ub9b4\uae4c\uc694?"),
                        List.of(t("Taipei", "\u53f0\u5317", "\ud0c0\uc774\ubca0\uc774"), t("Seoul", "\u9996\u723e", "\uc11c\uc6b8"),
                                t("Hong Kong", "\u9999\u6e2f", "\ud64d\ucf69")), 0, 20, "en"),
                new CueDraft(CueKind.QUESTION, t("What should the host ask our guest?", "\u4e3b\u6301\u4eba\u8a72\u554f\u4f86\u8cd3\u4ec0\u9ebc\u554f\u984c\uff1f",
                        "\uc9c4\ud589\uc790\uac00 \uac8c\uc2a4\ud2b8\uc5d0\uac8c \ubb34\uc5c7\uc744 \ubb3c\uc5b4\ubcfc\uae4c\uc694?"), null, null, 60, "en"),
                new CueDraft(CueKind.POLL, t("How are you watching?", "\u4f60\u7528\u4ec0\u9ebc\u6536\u770b\uff1f", "\uc5b4\ub5bb\uac8c \uc2dc\uccad\ud558\uace0 \uacc4\uc2e0\uac00\uc694?"),
                        List.of(t("Phone", "\u624b\u6a5f", "\ud734\ub300\ud3f0"), t("TV", "\u96fb\u8996", "TV"),
                                t("Computer", "\u96fb\u8166", "\ucef4\ud4e8\ud130")), null, 30, "en"));
    }

    private static Map<String, String> t(String en, String zh, String ko) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", en);
        texts.put("zh-TW", zh);
        texts.put("ko", ko);
        return texts;
    }
}
