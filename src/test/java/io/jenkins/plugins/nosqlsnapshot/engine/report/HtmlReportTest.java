package io.jenkins.plugins.nosqlsnapshot.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlReportTest {
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("<[^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    static Stream<Arguments> everyFixtureCase() {
        return Stream.of(
                Arguments.of("a13", (Supplier<RunResult>) FixtureReports::healthy),
                Arguments.of("b02", (Supplier<RunResult>) FixtureReports::oneReplicationNodeDown),
                Arguments.of("c02", (Supplier<RunResult>) FixtureReports::shardDown),
                Arguments.of("e02", (Supplier<RunResult>) FixtureReports::cannotConnect),
                Arguments.of("seed", (Supplier<RunResult>) FixtureReports::seedShardLost),
                Arguments.of("hostile", (Supplier<RunResult>) FixtureReports::hostile));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFixtureCase")
    void pageNeedsNothingJenkinsCspForbids(String name, Supplier<RunResult> fixture) {
        String html = HtmlReport.render(fixture.get().report());

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<link rel=\"stylesheet\" href=\"web/report.css\">")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<style")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContain("http://")
                .doesNotContain("https://");
        assertThat(STYLE_ATTRIBUTE.matcher(html).find())
                .as("inline style attribute")
                .isFalse();
        assertThat(EVENT_HANDLER.matcher(html).find())
                .as("event handler attribute")
                .isFalse();
    }

    @Test
    void bannerShardGridAndPathsOfAHealthySnapshot() {
        String html = HtmlReport.render(FixtureReports.healthy().report());

        assertThat(html)
                .contains("<header class=\"banner verdict-success\">")
                .contains("<span class=\"verdict-word\">SUCCESS</span>")
                .contains("Snapshot <span class=\"name\">261124-193328-BACKUP</span>")
                .contains("<p class=\"counts\">9/9 Replication Nodes, 3/3 admins, 3/3 SN configs; shards: 3 complete,"
                        + " 0 degraded, 0 lost</p>")
                .contains("<li class=\"shard shard-complete\"><span class=\"shard-id\">rg1</span> <span"
                        + " class=\"shard-status\">COMPLETE</span> <span class=\"shard-replicas\">3 of 3 RNs have the"
                        + " snapshot</span> <span class=\"shard-master\">master at snapshot: rg1-rn2 (sn2)</span></li>")
                .contains("<tr class=\"status-ok\"><th scope=\"row\">admin3</th><td>Admin</td><td><span"
                        + " class=\"status\">OK</span></td><td><code class=\"path\">/opt/oracle/kvroot/sn3/kvstore/sn3/"
                        + "admin3/snapshots/261124-193328-BACKUP</code></td><td>RUNNING</td></tr>")
                .contains("<p class=\"all-clear\">")
                .doesNotContain("class=\"disagreement\"");
        assertThat(count(html, "<section class=\"node\">")).isEqualTo(3);
        assertThat(count(html, "<tr class=\"status-ok\">")).isEqualTo(15);
    }

    @Test
    void degradedShardAndFailedReplicationNodeAreWrittenAsText() {
        String html = HtmlReport.render(FixtureReports.oneReplicationNodeDown().report());

        assertThat(html)
                .contains("<header class=\"banner verdict-unstable\">")
                .contains("<span class=\"shard-status\">DEGRADED</span> <span class=\"shard-replicas\">2 of 3 RNs have"
                        + " the snapshot</span> <span class=\"shard-without\">without: rg3-rn3 (failed)</span>")
                .contains("<tr class=\"status-failed\"><th scope=\"row\">rg3-rn3</th><td>Replication Node of rg3</td>"
                        + "<td><span class=\"status\">FAILED</span></td>")
                .contains("<li class=\"reason severity-unstable\"><span class=\"severity\">UNSTABLE</span> <code"
                        + " class=\"reason-code\">COMPONENT_FAILED</code>");
        assertThat(manifest(html)).hasSize(14).noneMatch(line -> line.contains("rg3-rn3"));
    }

    @Test
    void lostShardLeadsTheReasonsAndTheAdminsOwnWordsAreShown() {
        String html = HtmlReport.render(FixtureReports.shardDown().report());

        assertThat(html)
                .contains("<header class=\"banner verdict-failure\">")
                .contains("<li class=\"shard shard-lost\"><span class=\"shard-id\">rg3</span> <span"
                        + " class=\"shard-status\">LOST</span>")
                .contains("<dt>Return code</dt><dd class=\"return-code\">5300</dd>")
                .contains("<dt>Description</dt><dd class=\"description\">Snapshot failed</dd>");
        assertThat(html.substring(html.indexOf("<ol class=\"reason-list\">")))
                .startsWith("<ol class=\"reason-list\">\n<li class=\"reason severity-failure\"><span"
                        + " class=\"severity\">FAILURE</span> <code class=\"reason-code\">SHARD_LOST</code>");
        assertThat(html).doesNotContain("class=\"disagreement\"");
    }

    @Test
    void adminClaimingSuccessWhileAShardIsLostIsShownAsDisagreement() {
        String html = HtmlReport.render(FixtureReports.seedShardLost().report());

        assertThat(html)
                .contains("<dd class=\"return-code\">5500</dd>")
                .contains("<dd class=\"description\">Operation ends successfully</dd>")
                .contains("<p class=\"disagreement\"><strong>The admin CLI and this verdict disagree.</strong> The"
                        + " admin CLI claims success (5500 &quot;Operation ends successfully&quot;, exit code 0), but"
                        + " this report&#39;s verdict is FAILURE");
    }

    @Test
    void unreachableAdminPageSaysNoSnapshotWasTaken() {
        String html = HtmlReport.render(FixtureReports.cannotConnect().report());

        assertThat(html)
                .contains("<title>FAILURE: no snapshot taken - nosql-snapshot</title>")
                .contains("<h1>No snapshot taken</h1>")
                .contains("<dd class=\"description\">Cannot connect to any admins.</dd>")
                .doesNotContain("<p class=\"counts\">");
    }

    @Test
    void everyStoreValueIsEscaped() {
        String html = HtmlReport.render(FixtureReports.hostile().report());

        assertThat(html)
                .doesNotContain(FixtureReports.HOSTILE_HOST)
                .doesNotContain("<b>")
                .contains("<span class=\"host\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</span>")
                .contains("<span class=\"name\">261124-193328-&lt;b&gt;&quot;BACKUP&quot;&lt;/b&gt;&amp;amp;</span>")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;:/u01/nosql/data/sn2/disk1/rg1-rn2/");
        assertThat(HtmlText.escape("a'b")).isEqualTo("a&#39;b");
    }

    private static List<String> manifest(String html) {
        int start = html.indexOf("<pre class=\"manifest-lines\">") + "<pre class=\"manifest-lines\">".length();
        return html.substring(start, html.indexOf("</pre>", start)).lines().toList();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
