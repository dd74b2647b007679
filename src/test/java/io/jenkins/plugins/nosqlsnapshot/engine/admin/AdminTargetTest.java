package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminTargetTest {
    @Test
    void kvstoreJarSessionIsOneArgumentListWithJsonAndNoCommand() {
        AdminTarget target = new AdminTarget(
                AdminTarget.kvstoreJar("/opt/kv/lib/kvstore.jar", null),
                "node1",
                5000,
                List.of(),
                "/secure/user.security",
                "admin");

        assertThat(target.sessionCommand())
                .containsExactly(
                        "java",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        "/opt/kv/lib/kvstore.jar",
                        "runadmin",
                        "-host",
                        "node1",
                        "-port",
                        "5000",
                        "-security",
                        "/secure/user.security",
                        "-username",
                        "admin",
                        "-json");
    }

    @Test
    void helperHostsReplaceHostAndPort() {
        AdminTarget target = new AdminTarget(
                AdminTarget.adminCommand("kv_admin"), null, 0, AdminTarget.helperHosts("n1:5000, n2:6000"), null, null);

        assertThat(target.sessionCommand()).containsExactly("kv_admin", "-helper-hosts", "n1:5000,n2:6000", "-json");
        assertThat(target.endpoint()).isEqualTo("n1:5000,n2:6000");
    }

    @Test
    void adminCommandIsSplitWithoutAShell() {
        assertThat(AdminTarget.adminCommand("sudo -u oracle '/opt/my kv/bin/admin' --x=\"a b\""))
                .containsExactly("sudo", "-u", "oracle", "/opt/my kv/bin/admin", "--x=a b");
        assertThat(AdminTarget.adminCommand("kv_admin; rm -rf /")).containsExactly("kv_admin;", "rm", "-rf", "/");
    }

    @Test
    void badEndpointsSayWhatToGive() {
        List<String> jar = AdminTarget.kvstoreJar("kvstore.jar", "/usr/bin/java");
        assertThatThrownBy(() -> new AdminTarget(jar, null, 0, List.of(), null, null))
                .hasMessageContaining("host and port");
        assertThatThrownBy(() -> new AdminTarget(jar, "h", 70000, List.of(), null, null))
                .hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> new AdminTarget(jar, "h", 5000, List.of("h:1"), null, null))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> AdminTarget.helperHosts("node1")).hasMessageContaining("not host:port");
        assertThatThrownBy(() -> AdminTarget.helperHosts("node1:abc")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> AdminTarget.adminCommand("kv 'x")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> AdminTarget.kvstoreJar(" ", null)).hasMessageContaining("kvstore.jar");
    }

    @Test
    void theAdminJvmGetsTheStartupFlagsThenTheSiteOptionsUnlessTurnedOff() {
        assertThat(AdminTarget.kvstoreJar("kv.jar", "java", new AdminJvm(true, true, List.of("-Xmx512m", " -Dx=1 "))))
                .containsExactly(
                        "java",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xmx512m",
                        "-Dx=1",
                        "-jar",
                        "kv.jar",
                        "runadmin");
        assertThat(AdminTarget.kvstoreJar("kv.jar", null, new AdminJvm(false, true, List.of("-Xmx512m"))))
                .containsExactly("java", "-Xmx512m", "-jar", "kv.jar", "runadmin");
        assertThat(AdminTarget.kvstoreJar("kv.jar", null, new AdminJvm(false, true, null)))
                .containsExactly("java", "-jar", "kv.jar", "runadmin");
    }

    @Test
    void anAdminJavaOptionThatIsNotOneJvmOptionIsRefusedWithTheFix() {
        for (String bad : List.of("Xmx512m", "-Xmx512m -Xss1m", "-jar")) {
            assertThatThrownBy(() -> new AdminJvm(true, true, List.of(bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + bad + "\" is not one JVM option")
                    .hasMessageContaining("one option per entry");
        }
    }
}
