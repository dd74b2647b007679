package io.jenkins.plugins.nosqlsnapshot.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandProgressTest {
    @Test
    void successIsOkWithTheCodeAndSecondsInParentheses() {
        assertThat(CommandProgress.line("show plans", 5000, 2809)).isEqualTo("show plans: ok (5000, 2.8 s)");
    }

    @Test
    void anyOtherReturnCodeIsFailedWithTheCode() {
        assertThat(CommandProgress.line("show plans", 5100, 250)).isEqualTo("show plans: failed (5100, 0.3 s)");
        assertThat(CommandProgress.line("show snapshots -sn sn1", 5500, 12))
                .isEqualTo("show snapshots -sn sn1: failed (5500, 0.0 s)");
    }
}
