package io.jenkins.plugins.nosqlsnapshot.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Jelly views, checked offline for what only a real Jenkins would otherwise reveal: every view is well-formed
 * XML and escapes by default; every {@code field="x"} of a {@code config.jelly} is a property of the describable that
 * owns the form (a getter, and a {@code @DataBoundSetter} or a {@code @DataBoundConstructor} parameter) and has a
 * help page: {@code help-x.html} beside the form, an explicit {@code help} attribute naming a file of
 * {@code src/main/webapp}, or a {@link HelpRedirects} entry that the owner's descriptor registers with
 * {@code addHelpFileRedirect} and whose target folder has the page (the Pipeline steps reuse the builders' forms,
 * and Jenkins looks a field's help up on the step's own class).
 */
class JellyViewsTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String PACKAGE = "io.jenkins.plugins.nosqlsnapshot";
    private static final String ESCAPE = "<?jelly escape-by-default='true'?>";
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    /** Owner of a form, to the redirected fields (a HelpRedirects constant) and the class whose folder has them. */
    private record Redirect(String constant, List<String> fields, String target) {}

    private static final Map<String, Redirect> REDIRECTS = Map.of(
            "NosqlSnapshotStep", new Redirect("SNAPSHOT_FORM", HelpRedirects.SNAPSHOT_FORM, "NosqlSnapshotBuilder"),
            "NosqlRestoreCheckStep",
                    new Redirect("RESTORE_CHECK_FORM", HelpRedirects.RESTORE_CHECK_FORM, "NosqlRestoreCheckBuilder"),
            "NosqlSnapshotBuilder", new Redirect("SHARED_WITH_STORE", HelpRedirects.SHARED_WITH_STORE, "NosqlStore"));

    @Test
    void everyViewIsWellFormedAndEscapesByDefault() throws Exception {
        List<Path> views = jellyFiles();
        assertTrue(views.size() >= 11, "found only " + views);
        List<String> problems = new ArrayList<>();
        for (Path view : views) {
            String text = Files.readString(view, StandardCharsets.UTF_8);
            if (!text.startsWith(ESCAPE)) {
                problems.add(view + " does not start with " + ESCAPE);
            }
            try {
                parse(view);
            } catch (Exception e) {
                problems.add(view + " is not well-formed XML: " + e.getMessage());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Inside a localized text {@code ${%key(arg,...)}} Stapler reads everything after the first {@code (} as message
     * arguments and parses each as an expression; a title such as {@code ${%Store (host:port)}} then fails to load
     * and takes the whole page down with it (Manage Jenkins > System lost its Save button that way).
     */
    @Test
    void everyLocalizedTextIsAKeyWithValidArguments() throws Exception {
        List<String> problems = new ArrayList<>();
        int texts = 0;
        for (Path view : jellyFiles()) {
            texts += LocalizedTexts.in(Files.readString(view, StandardCharsets.UTF_8))
                    .size();
            problems.addAll(LocalizedTexts.problems(
                    view, Files.readString(view, StandardCharsets.UTF_8), LocalizedTexts.keysBeside(view)));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(texts >= 10, "only " + texts + " localized texts seen");
    }

    @Test
    void everyFormTitleIsLocalizedFromTheFormsOwnMessages() throws Exception {
        Pattern title = Pattern.compile("\\btitle=\"([^\"]*)\"");
        Pattern fieldKey = Pattern.compile("title=\"\\$\\{%([A-Za-z]+)}\" field=\"\\1\"");
        List<String> problems = new ArrayList<>();
        int titles = 0;
        for (Path view : jellyFiles()) {
            if (!view.getFileName().toString().equals("config.jelly")) {
                continue;
            }
            String text = Files.readString(view, StandardCharsets.UTF_8);
            Matcher m = title.matcher(text);
            while (m.find()) {
                titles++;
                if (!m.group(1).startsWith("${%")) {
                    problems.add(view + ": title \"" + m.group(1) + "\" is not localized (use ${%key})");
                }
            }
            // a title keyed by its field must be defined beside the form, else the page shows the bare field name
            Set<String> keys = LocalizedTexts.keysBeside(view);
            Matcher k = fieldKey.matcher(text);
            while (k.find()) {
                if (!keys.contains(k.group(1))) {
                    problems.add(view + ": key '" + k.group(1) + "' is not in the config.properties beside it");
                }
            }
            problems.addAll(LocalizedTexts.singleQuotes(view));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(titles >= 60, "only " + titles + " titles seen");
    }

    @Test
    void theLocalizedTextCheckCatchesTitlesWithParentheses() throws Exception {
        // the store form as it broke the System page in a real Jenkins 2.541.3
        Path broken = Path.of("src/test/resources/jelly/store-config-with-parentheses.jelly");
        List<String> problems =
                LocalizedTexts.problems(broken, Files.readString(broken, StandardCharsets.UTF_8), Set.of());
        String all = String.join("\n", problems);
        for (String title : List.of("host:port or helper hosts", "instead of kvstore.jar", "zip of the client")) {
            assertTrue(all.contains("argument '" + title), "not caught: " + title + "\n" + all);
        }
        assertTrue(LocalizedTexts.problems(
                        broken, "${%Last build(it.number)} ${%Count(a.b,'x, y',2)}", Set.of("Last build", "Count"))
                .isEmpty());
        assertEquals(
                1,
                LocalizedTexts.problems(broken, "${%Last build(it.number)}", Set.of())
                        .size(),
                "a key with arguments that no properties file defines");
    }

    @Test
    void everyFormFieldIsAPropertyWithHelp() throws Exception {
        List<String> problems = new ArrayList<>();
        int fields = 0;
        for (Path view : jellyFiles()) {
            if (!view.getFileName().toString().equals("config.jelly")) {
                continue;
            }
            String owner = view.getParent().getFileName().toString();
            JavaClass type = type(owner);
            Path form = view;
            Document document = parse(view);
            NodeList includes = document.getElementsByTagNameNS("jelly:stapler", "include");
            if (includes.getLength() == 1) {
                // a step that reuses a builder's form
                String included = ((Element) includes.item(0)).getAttribute("class");
                form = RESOURCES.resolve(included.replace('.', '/')).resolve("config.jelly");
                assertTrue(Files.isRegularFile(form), view + " includes a form that does not exist: " + form);
                document = parse(form);
            }
            Set<String> constructorParameters = constructorParameters(owner);
            Redirect redirect = REDIRECTS.get(owner);
            for (Element element : elementsWithField(document)) {
                String field = element.getAttribute("field");
                fields++;
                String where = owner + " field '" + field + "'";
                if (!hasGetter(type, field)) {
                    problems.add(where + ": no public get/is" + capitalized(field) + "() on " + owner);
                }
                if (!hasDataBoundSetter(type, field) && !constructorParameters.contains(field)) {
                    problems.add(where + ": neither a @DataBoundSetter nor a @DataBoundConstructor parameter");
                }
                String help = element.getAttribute("help");
                if (help.isEmpty()
                        && element.getParentNode() instanceof Element parent
                        && parent.getLocalName().equals("entry")) {
                    help = parent.getAttribute("help"); // e.g. an f:entry around an f:repeatableProperty
                }
                if (!help.isEmpty()) {
                    String prefix = "/plugin/nosql-snapshot/";
                    if (!help.startsWith(prefix)
                            || !Files.isRegularFile(WEBAPP.resolve(help.substring(prefix.length())))) {
                        problems.add(where + ": help " + help + " is not a file of src/main/webapp");
                    }
                } else if (redirect != null && redirect.fields().contains(field)) {
                    if (!hasHelp(redirect.target(), field)) {
                        problems.add(where + ": redirected to " + redirect.target() + ", which has no help-" + field
                                + ".html (nor redirects it to a class that has)");
                    }
                } else if (!Files.isRegularFile(view.getParent().resolve("help-" + field + ".html"))) {
                    problems.add(where + ": no help-" + field + ".html beside " + view
                            + (form.equals(view) ? "" : " and no HelpRedirects entry"));
                }
            }
            if (!form.equals(view)) {
                // a reused form: every field must be redirected, so that Jenkins finds help for the step's fields
                List<String> formFields = elementsWithField(document).stream()
                        .map(e -> e.getAttribute("field"))
                        .toList();
                if (redirect == null) {
                    problems.add(owner + " reuses " + form + " but has no HelpRedirects entry");
                } else if (!formFields.equals(redirect.fields())) {
                    problems.add("HelpRedirects." + redirect.constant() + " must list the fields of " + form
                            + " in order: " + formFields + ", not " + redirect.fields());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(fields >= 90, "only " + fields + " fields seen");
    }

    @Test
    void everyRedirectIsRegisteredByTheOwnersDescriptor() {
        for (Map.Entry<String, Redirect> entry : REDIRECTS.entrySet()) {
            JavaClass descriptor = PLUGIN.get(type(entry.getKey()).getName() + "$DescriptorImpl");
            String constant = entry.getValue().constant();
            String target = type(entry.getValue().target()).getName();
            boolean registers = false;
            for (JavaCodeUnit constructor : descriptor.getConstructors()) {
                boolean redirects = constructor.getCallsFromSelf().stream()
                        .anyMatch(c -> c.getName().equals("addHelpFileRedirect"));
                boolean readsList = constructor.getFieldAccesses().stream()
                        .map(JavaAccess::getTarget)
                        .anyMatch(f -> f.getOwner().getSimpleName().equals("HelpRedirects")
                                && f.getName().equals(constant));
                boolean namesTarget = constructor.getReferencedClassObjects().stream()
                        .anyMatch(r -> r.getRawType().getName().equals(target));
                registers |= redirects && readsList && namesTarget;
            }
            assertTrue(
                    registers,
                    entry.getKey() + ".DescriptorImpl must call addHelpFileRedirect(field, "
                            + entry.getValue().target() + ".class, field) for each of HelpRedirects." + constant);
        }
    }

    @Test
    void theStoreFormHasTheSnapshotFormsFieldsInTheSameOrder() throws Exception {
        List<String> store = fieldsOf(folder("NosqlStore").resolve("config.jelly"));
        List<String> snapshot = fieldsOf(folder("NosqlSnapshotBuilder").resolve("config.jelly"));
        assertEquals(List.of("name", "endpoint"), store.subList(0, 2), "the store's own fields come first");
        List<String> shared = store.subList(2, store.size());
        assertEquals(HelpRedirects.SHARED_WITH_STORE, shared);
        assertEquals(
                snapshot.stream().filter(shared::contains).toList(),
                shared,
                "the store's fields in the build step's order");
        assertTrue(shared.contains("zone"), "the zone can be set on the store");
    }

    private static List<String> fieldsOf(Path form) throws Exception {
        return elementsWithField(parse(form)).stream()
                .map(e -> e.getAttribute("field"))
                .toList();
    }

    @Test
    void theCheckCatchesATypo() throws Exception {
        // a field no describable has, and one without help, as a typo in a form would be
        JavaClass builder = type("NosqlSnapshotBuilder");
        assertFalse(hasGetter(builder, "kvstoreJarr"));
        assertFalse(hasDataBoundSetter(builder, "kvstoreJarr"));
        assertTrue(hasGetter(builder, "archive"));
        assertTrue(hasDataBoundSetter(builder, "archive"));
        assertEquals(Set.of("store", "snapshotName"), constructorParameters("NosqlSnapshotBuilder"));
    }

    private static List<Path> jellyFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.toString().endsWith(".jelly")).sorted().toList();
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(file.toFile());
    }

    private static List<Element> elementsWithField(Document document) {
        List<Element> found = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("field")) {
                found.add(element);
            }
        }
        return found;
    }

    private static boolean hasGetter(JavaClass type, String field) {
        for (JavaMethod method : type.getAllMethods()) {
            if (method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                    && method.getRawParameterTypes().isEmpty()
                    && (method.getName().equals("get" + capitalized(field))
                            || method.getName().equals("is" + capitalized(field)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDataBoundSetter(JavaClass type, String field) {
        return type.getAllMethods().stream()
                .anyMatch(m -> m.getName().equals("set" + capitalized(field))
                        && m.getRawParameterTypes().size() == 1
                        && m.isAnnotatedWith("org.kohsuke.stapler.DataBoundSetter"));
    }

    /** Parameter names of the {@code @DataBoundConstructor}, read from the source (class files lack them). */
    private static Set<String> constructorParameters(String owner) throws IOException {
        String source = Files.readString(
                SOURCES.resolve(type(owner).getPackageName().replace('.', '/')).resolve(owner + ".java"));
        Matcher constructor = Pattern.compile("@DataBoundConstructor\\s+public\\s+" + owner + "\\(([^)]*)\\)")
                .matcher(source);
        Set<String> names = new LinkedHashSet<>();
        if (constructor.find()) {
            for (String parameter : constructor.group(1).split(",")) {
                String[] words = parameter.strip().split("\\s+");
                if (!parameter.isBlank()) {
                    names.add(words[words.length - 1]);
                }
            }
        }
        return names;
    }

    /** Whether Jenkins finds a help page for the field on that class: its own file, or through its redirect. */
    private static boolean hasHelp(String owner, String field) {
        Redirect redirect = REDIRECTS.get(owner);
        if (redirect != null && redirect.fields().contains(field)) {
            return hasHelp(redirect.target(), field);
        }
        return Files.isRegularFile(folder(owner).resolve("help-" + field + ".html"));
    }

    /** The plugin's top-level class of that simple name, in whichever package of the glue it lives. */
    private static JavaClass type(String simpleName) {
        List<JavaClass> found = PLUGIN.stream()
                .filter(c -> c.getSimpleName().equals(simpleName)
                        && c.getEnclosingClass().isEmpty())
                .toList();
        assertEquals(1, found.size(), "classes named " + simpleName + ": " + found);
        return found.get(0);
    }

    /** The folder of a class's views and help pages. */
    private static Path folder(String simpleName) {
        return RESOURCES
                .resolve(type(simpleName).getPackageName().replace('.', '/'))
                .resolve(simpleName);
    }

    private static String capitalized(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
