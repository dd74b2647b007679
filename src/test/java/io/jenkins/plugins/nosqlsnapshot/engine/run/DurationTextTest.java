package io.jenkins.plugins.nosqlsnapshot.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
    @Test
    void everyWrittenFormReadsAsTheSameDuration() {
        assertThat(DurationText.parse("45s", "x")).isEqualTo(Duration.ofSeconds(45));
        assertThat(DurationText.parse("90m", "x")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("36H", "x")).isEqualTo(Duration.ofHours(36));
        assertThat(DurationText.parse(" 14d ", "x")).isEqualTo(Duration.ofDays(14));
        assertThat(DurationText.parse("300", "x")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("0", "x")).isZero();
        assertThat(DurationText.parse("PT5M", "x")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("p14d", "x")).isEqualTo(Duration.ofDays(14));
        assertThat(DurationText.parse("1ms", "x")).isEqualTo(Duration.ofMillis(1));
        assertThat(DurationText.parse("1500MS", "x")).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void anythingElseNamesTheFieldAndTheAcceptedForms() {
        for (String bad : new String[] {"", "soon", "5w", "-5m", "m", "ms", "-1ms", "1.5ms", "PT-5M", null}) {
            assertThatThrownBy(() -> DurationText.parse(bad, "--max-age"))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--max-age")
                    .hasMessageContaining("14d");
        }
    }
}
