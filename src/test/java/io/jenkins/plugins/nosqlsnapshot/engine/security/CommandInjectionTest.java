package io.jenkins.plugins.nosqlsnapshot.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The name and zone are typed into a live admin shell, one command per line: a line break in either would run a
 * second command of the caller's choosing (e.g. {@code snapshot remove -all}), and {@code /} makes the server
 * create nested directories. Only {@code [A-Za-z0-9_.-]} passes, in ASCII; nothing reaches the admin otherwise.
 */
class CommandInjectionTest {
    @Test
    void everyCharacterOutsideTheAllowedSetIsRefusedInNamesAndZones() {
        List<Integer> accepted = new ArrayList<>();
        // ASCII, Latin-1, the line and paragraph separators, and the fullwidth forms
        IntStream chars = IntStream.concat(
                IntStream.range(0, 0x180),
                IntStream.concat(IntStream.rangeClosed(0x2000, 0x2030), IntStream.rangeClosed(0xFF00, 0xFF5F)));
        for (int c : chars.toArray()) {
            String name = "a" + Character.toString(c) + "b";
            try {
                new SnapshotRequest(name);
                accepted.add(c);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).contains("only letters, digits, '_', '.' and '-' are allowed");
            }
        }
        assertThat(accepted).allSatisfy(c -> assertThat(Character.toString(c)).matches("[A-Za-z0-9_.-]"));
        assertThat(accepted).hasSize(26 + 26 + 10 + 3);
    }

    @Test
    void aLineBreakCannotSmuggleASecondAdminCommand() {
        for (String evil : List.of(
                "nightly\nsnapshot remove -all",
                "nightly\rexit",
                "nightly\u2028x",
                "x;y",
                "x y",
                "../../etc",
                "nightly\u0000")) {
            assertThatThrownBy(() -> new SnapshotRequest(evil)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SnapshotRequest("ok", evil, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new SnapshotRequest("nightly-42", "zn1", null, null).createCommand())
                .isEqualTo("snapshot create -name nightly-42 -zn zn1")
                .doesNotContain("\n");
    }

    @Test
    void unicodeLookAlikesOfAllowedCharactersAreRefused() {
        // Cyrillic a, fullwidth A, Arabic-Indic three, non-breaking hyphen, one dot leader
        for (String lookAlike : List.of("b\u0430ckup", "\uFF21", "v\u0663", "pre\u2011upgrade", "x\u2024y")) {
            assertThatThrownBy(() -> new SnapshotRequest(lookAlike)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
