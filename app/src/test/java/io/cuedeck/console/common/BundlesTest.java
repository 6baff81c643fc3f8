package io.cuedeck.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BundlesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/io/cuedeck/console/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void traditionalChineseHasEveryEnglishString() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_TW.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void everyStringIsAValidMessageFormat() throws Exception {
        for (String bundle : new String[] {"messages.properties", "messages_zh_TW.properties", "messages_ko.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                MessageFormat format = new MessageFormat(p.getProperty(key));
                try {
                    format.format(new Object[] {"a", "b", "c", "d"});
                } catch (IllegalArgumentException countsNotWords) {
                    format.format(new Object[] {1L, 2L, 3L, 4L, 5L});
                }
            }
        }
    }

    @Test
    void theWelcomeIsInKoreanAndTheRestFallsBackToEnglish() {
        I18n korean = new I18n(Locale.KOREAN);
        assertThat(korean.get("welcome.hello")).isEqualTo("Cuedeck에 오신 것을 환영합니다");
        assertThat(korean.get("nav.live")).isNotBlank().doesNotStartWith("!");
        assertThat(new I18n(Locale.TRADITIONAL_CHINESE).get("nav.rundown")).isEqualTo("節目流程");
    }

    /** Ack latency on a line of its own; no-break spaces keep "p95", the number and its unit together. */
    @Test
    void theDeliveryReadsRightInBothLanguagesWhenLateJoinersMakeDeliveredExceedConnectedAtTake() {
        I18n en = new I18n(Locale.ENGLISH);
        I18n zh = new I18n(Locale.TRADITIONAL_CHINESE);
        assertThat(en.format("fire.delivered", 18_305L, 18_204L, 3L, 17_990L, 734L))
                .isEqualTo("Delivered to 18,305 viewers \u00b7 18,204 were connected at TAKE \u00b7 failed 3.\nAck p95\u00a0734\u00a0ms.");
        assertThat(zh.format("fire.delivered", 18_305L, 18_204L, 3L, 17_990L, 734L))
                .isEqualTo("已送達 18,305 位觀眾 · 發送時連線 18,204 位 · 失敗 3。\n確認 p95\u00a0734\u00a0毫秒。");
        assertThat(en.format("live.delivery", 305L, 300L, 0L, 280L, 1_250L))
                .isEqualTo("Delivered 305 \u00b7 300 connected at TAKE \u00b7 failed 0\nAck p95\u00a01,250\u00a0ms");
        assertThat(zh.format("live.delivery", 305L, 300L, 0L, 280L, 1_250L))
                .isEqualTo("已送達 305 · 發送時連線 300 · 失敗 0\n確認 p95\u00a01,250\u00a0毫秒");
    }

    @Test
    void oneViewerAndNoAckYetAreSaidAsSuch() {
        I18n en = new I18n(Locale.ENGLISH);
        assertThat(en.format("fire.sent", 1L)).isEqualTo("Sent to 1 viewer.");
        assertThat(en.format("fire.sent", 0L)).isEqualTo("Sent to 0 viewers.");
        assertThat(en.format("fire.delivered", 1L, 1L, 0L, 0L, 0L))
                .isEqualTo("Delivered to 1 viewer \u00b7 1 was connected at TAKE \u00b7 failed 0.\nNo acks yet.");
        assertThat(new I18n(Locale.TRADITIONAL_CHINESE).format("live.delivery", 1L, 1L, 0L, 0L, 0L))
                .isEqualTo("已送達 1 · 發送時連線 1 · 失敗 0\n尚無確認");
        assertThat(en.format("status.viewers", 1L)).isEqualTo("1 viewer");
        assertThat(en.format("live.answers", 2L)).isEqualTo("2 answers");
    }
}
