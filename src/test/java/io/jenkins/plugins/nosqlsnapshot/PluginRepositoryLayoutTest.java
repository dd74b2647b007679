package io.jenkins.plugins.nosqlsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The root {@code pom.xml} is the Jenkins plugin and passes the Jenkins project's hosting rules and the automated
 * release's needs (JEP-229), so the layout cannot drift back to an aggregator. Runs in both builds: it finds the
 * repository root (the folder with the {@code Jenkinsfile}) from wherever the test runs. It also holds the files the
 * jenkinsci organisation's archetype and the continuous-delivery release expect (LICENSE, CODEOWNERS, dependabot,
 * release drafter, the CD and security-scan workflows), and the README that plugins.jenkins.io shows as the plugin's
 * page.
 */
class PluginRepositoryLayoutTest {
    private static Path root;
    private static Element project;

    @BeforeAll
    static void readRootPom() throws Exception {
        root = RepositoryRoot.find();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom =
                factory.newDocumentBuilder().parse(root.resolve("pom.xml").toFile());
        project = pom.getDocumentElement();
    }

    @Test
    void rootPomIsAHostablePlugin() {
        assertThat(text(project, "groupId")).isEqualTo("io.jenkins.plugins");
        assertThat(text(project, "packaging")).isEqualTo("hpi");
        Element parent = child(project, "parent");
        assertThat(text(parent, "groupId")).isEqualTo("org.jenkins-ci.plugins");
        assertThat(text(parent, "artifactId")).isEqualTo("plugin");
        assertThat(text(parent, "version")).startsWith("6.");
        assertThat(child(parent, "relativePath"))
                .as("<relativePath/>: the parent comes from the repository")
                .isNotNull();
        assertThat(text(child(parent, "relativePath"))).isEmpty();

        String repository = property("gitHubRepo");
        assertThat(repository).startsWith("jenkinsci/").endsWith("-plugin");
        String artifactId = text(project, "artifactId");
        assertThat(artifactId)
                .isEqualTo(repository.substring("jenkinsci/".length(), repository.length() - "-plugin".length()))
                .isEqualTo(artifactId.toLowerCase(Locale.ROOT))
                .doesNotContainIgnoringCase("jenkins");
        assertThat(artifactId.length()).isLessThan(37);
        assertThat(text(project, "name")).isNotBlank().doesNotContainIgnoringCase("jenkins");

        assertThat(property("jenkins.baseline")).isEqualTo("2.541");
        assertThat(property("jenkins.version")).isEqualTo("${jenkins.baseline}.3");
        Element bom = dependencies(child(child(project, "dependencyManagement"), "dependencies"))
                .get(0);
        assertThat(text(bom, "artifactId")).isEqualTo("bom-${jenkins.baseline}.x");
        assertThat(child(project, "licenses")).isNotNull();
        assertThat(text(child(child(project, "licenses"), "license"), "name")).isEqualTo("MIT License");
        assertThat(child(project, "scm")).isNotNull();
        assertThat(text(child(project, "scm"), "url")).isEqualTo("https://github.com/${gitHubRepo}");
        assertThat(child(project, "developers")).as("hosting: no <developers>").isNull();
        assertThat(child(project, "modules"))
                .as("the plugin is the whole build")
                .isNull();
        for (String element : List.of("repositories", "pluginRepositories")) {
            for (Element repo : children(child(project, element))) {
                assertThat(text(repo, "url")).as(element).startsWith("https://");
            }
        }
    }

    @Test
    void rootPomIsReadyForAutomatedReleases() throws IOException {
        assertThat(text(project, "version")).contains("${changelist}");
        assertThat(property("changelist")).isEqualTo("999999-SNAPSHOT");
        String extensions = Files.readString(root.resolve(".mvn/extensions.xml"), StandardCharsets.UTF_8);
        assertThat(extensions).contains("<artifactId>git-changelist-maven-extension</artifactId>");
        assertThat(Files.readString(root.resolve(".mvn/maven.config"), StandardCharsets.UTF_8))
                .contains("-Pconsume-incrementals", "-Pmight-produce-incrementals", "-Dchangelist.format=");
    }

    @Test
    void rootPomKeepsTheArchetypesQualitySwitchesAndLeavesJavaToTheParent() {
        assertThat(property("hpi.strictBundledArtifacts")).isEqualTo("true");
        for (String ban : List.of(
                "ban-junit4-imports.skip",
                "ban-deprecated-stapler.skip",
                "ban-commons-lang-2.skip",
                "spotless.check.skip")) {
            assertThat(property(ban)).as(ban).isEqualTo("false");
        }
        assertThat(property("maven.compiler.release"))
                .as("the parent decides the Java release")
                .isNull();
    }

    @Test
    void jenkinsfileIsAPlainBuildPlugin() throws IOException {
        String jenkinsfile = Files.readString(root.resolve("Jenkinsfile"), StandardCharsets.UTF_8);
        assertThat(jenkinsfile)
                .contains("buildPlugin(")
                .doesNotContain("MAVEN_ARGS")
                .doesNotContain("withEnv")
                .doesNotContain("-P");
    }

    @Test
    void topLevelHasTheStandardPluginLayout() {
        for (String path : List.of(
                "pom.xml",
                "Jenkinsfile",
                "README.md",
                "docs",
                "src/main/java",
                "src/main/resources",
                "src/test/java",
                "src/test/resources")) {
            assertThat(root.resolve(path)).as(path).exists();
        }
        for (String gone : List.of("core/src", "plugin/src", "plugin/pom.xml")) {
            assertThat(root.resolve(gone))
                    .as(gone + " is gone: the sources live in src/")
                    .doesNotExist();
        }
    }

    @Test
    void licenseFileIsTheMitLicenseThePomDeclares() throws IOException {
        String license = read("LICENSE");
        assertThat(license.lines().findFirst()).hasValue("The MIT License");
        assertThat(license)
                .contains("Permission is hereby granted, free of charge, to any person obtaining a copy")
                .contains("THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND");
        assertThat(text(child(child(project, "licenses"), "license"), "name")).isEqualTo("MIT License");
    }

    @Test
    void codeOwnersAreThePluginsDevelopersTeam() throws IOException {
        String repository = property("gitHubRepo");
        assertThat(significantLines(read(".github/CODEOWNERS"))).containsExactly("* @" + repository + "-developers");
    }

    @Test
    void dependabotUpdatesMavenAndGitHubActionsAtTheRoot() throws IOException {
        List<String> lines = significantLines(read(".github/dependabot.yml"));
        assertThat(lines).contains("version: 2", "updates:");
        assertThat(lines.stream().filter(l -> l.startsWith("- package-ecosystem:")))
                .containsExactlyInAnyOrder("- package-ecosystem: maven", "- package-ecosystem: github-actions");
        assertThat(lines.stream().filter(l -> l.startsWith("directory:")))
                .containsExactly("directory: /", "directory: /");
    }

    @Test
    void continuousDeliveryUsesTheJenkinsInfraWorkflowAndTheChangelistFormatItNeeds() throws IOException {
        List<String> cd = significantLines(read(".github/workflows/cd.yaml"));
        assertThat(cd)
                .contains(
                        "check_run:",
                        "- completed",
                        "workflow_dispatch:",
                        "checks: read",
                        "contents: write",
                        "uses: jenkins-infra/github-reusable-workflows/.github/workflows/maven-cd.yml@v1",
                        "MAVEN_USERNAME: ${{ secrets.MAVEN_USERNAME }}",
                        "MAVEN_TOKEN: ${{ secrets.MAVEN_TOKEN }}");
        // the release computes the version from the commit count and hash: JEP-229's format, and a version
        // made of ${changelist} alone (no ${revision} to bump)
        assertThat(significantLines(read(".mvn/maven.config"))).contains("-Dchangelist.format=%d.v%s");
        assertThat(text(project, "version")).isEqualTo("${changelist}");
    }

    @Test
    void releaseDrafterExtendsTheOrganisationsConfigWithoutATagTemplate() throws IOException {
        List<String> drafter = significantLines(read(".github/release-drafter.yml"));
        assertThat(drafter).contains("_extends: github:jenkinsci/.github:/.github/release-drafter.yml");
        assertThat(drafter)
                .as("with continuous delivery the release names the tag, from the computed version")
                .noneMatch(l -> l.startsWith("tag-template:") || l.startsWith("version-template:"));
    }

    @Test
    void jenkinsSecurityScanRunsOnTheDefaultBranchAndPullRequests() throws IOException {
        List<String> scan = significantLines(read(".github/workflows/jenkins-security-scan.yml"));
        assertThat(scan)
                .contains(
                        "pull_request:",
                        "- main",
                        "security-events: write",
                        "uses: jenkins-infra/jenkins-security-scan/.github/workflows/jenkins-security-scan.yaml@v2");
    }

    @Test
    void readmeIsThePluginsPageAndStartsWithJenkins() throws IOException {
        String readme = read("README.md");
        String first = readme.substring(readme.indexOf("\n## ") + 1);
        first = first.substring(0, first.indexOf("\n## "));
        assertThat(first)
                .as("the first section is what plugins.jenkins.io shows first: the Jenkins plugin")
                .contains("Jenkins", "nosqlSnapshot", "Take an Oracle NoSQL snapshot")
                .doesNotContain("java -jar cli/", "nosql-snapshot.jar");
        List<String> sections = readme.lines()
                .filter(l -> l.startsWith("## "))
                .map(l -> l.substring(3))
                .toList();
        assertThat(sections.subList(1, 3)).containsExactly("Install", "A pre-upgrade gate");
        assertThat(sections).contains("Troubleshooting", "Building from source");
        assertThat(readme).as("the command line has its own page").contains("](docs/cli.md)");
        assertThat(root.resolve("docs/cli.md")).isRegularFile();
        Matcher image =
                Pattern.compile("!\\[[^\\]]*]\\((docs/images/[^)]+\\.png)\\)").matcher(readme);
        List<String> images = new ArrayList<>();
        while (image.find()) {
            images.add(image.group(1));
        }
        assertThat(images)
                .as("screenshots of the build page, the job page and the System page")
                .contains("docs/images/build-page.png", "docs/images/job-page.png", "docs/images/system-page.png");
        for (String png : images) {
            assertThat(root.resolve(png)).as(png).isRegularFile();
        }
    }

    private static String read(String path) throws IOException {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }

    /** The lines of a YAML or config file, stripped, without blank lines and comments. */
    private static List<String> significantLines(String text) {
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.equals("---"))
                .toList();
    }

    private static String property(String name) {
        Element properties = child(project, "properties");
        Element value = properties == null ? null : child(properties, name);
        return value == null ? null : value.getTextContent().strip();
    }

    private static List<Element> dependencies(Element dependencies) {
        return children(dependencies);
    }

    private static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream()
                .filter(e -> e.getTagName().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        assertThat(element)
                .as("<" + name + "> in <" + parent.getTagName() + ">")
                .isNotNull();
        return text(element);
    }

    private static String text(Node node) {
        return node.getTextContent().strip();
    }
}
