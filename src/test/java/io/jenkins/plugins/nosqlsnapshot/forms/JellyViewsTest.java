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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * XML and escapes by default; every {@code field="x"} of a {@code config.jelly}, with the fragments it includes
 * ({@code <st:include page="..." class="..."/>}), is a property of the describable that owns the form (a getter, and
 * a {@code @DataBoundSetter} or a {@code @DataBoundConstructor} parameter) and has a help page where Jenkins looks for
 * it: an explicit {@code help} attribute naming a file of {@code src/main/webapp}, or what
 * {@code Descriptor.getHelpFile(field)} finds: a redirect the form owner's descriptor (or its superclass) registers
 * from a {@link HelpRedirects} list, followed to the target's own lookup, else {@code help-x.html} in the folder of
 * the owner or of one of its superclasses. The connection fields are written once for every builder and step, and
 * no help page is a copy of another.
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

    /**
     * One {@code addHelpFileRedirect(field, Target.class, field)} loop over a HelpRedirects list, in the constructor of
     * the descriptor {@code describable$descriptor}.
     */
    private record Redirect(
            String describable, String descriptor, String constant, List<String> fields, String target) {}

    private static final List<Redirect> REDIRECTS = List.of(
            new Redirect(
                    "StoreConnectionBuilder",
                    "ConnectionDescriptor",
                    "ADMIN_AND_LOGIN",
                    HelpRedirects.ADMIN_AND_LOGIN,
                    "NosqlStore"),
            new Redirect(
                    "StoreConnectionStep",
                    "ConnectionDescriptor",
                    "CONNECTION",
                    HelpRedirects.CONNECTION,
                    "NosqlSnapshotBuilder"),
            new Redirect(
                    "StoreConnectionStep",
                    "ConnectionDescriptor",
                    "ADMIN_AND_LOGIN",
                    HelpRedirects.ADMIN_AND_LOGIN,
                    "NosqlStore"),
            new Redirect("NosqlSnapshotBuilder", "DescriptorImpl", "POLICY", HelpRedirects.POLICY, "NosqlStore"),
            new Redirect(
                    "NosqlSnapshotStep",
                    "DescriptorImpl",
                    "SNAPSHOT_FORM",
                    HelpRedirects.SNAPSHOT_FORM,
                    "NosqlSnapshotBuilder"),
            new Redirect(
                    "NosqlRestoreCheckStep",
                    "DescriptorImpl",
                    "RESTORE_CHECK_FORM",
                    HelpRedirects.RESTORE_CHECK_FORM,
                    "NosqlRestoreCheckBuilder"));

    /** A {@code field="x"} element and the view file that writes it (a form or a fragment it includes). */
    private record Field(Element element, Path file) {
        String name() {
            return element.getAttribute("field");
        }
    }

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
            String text = Files.readString(view, StandardCharsets.UTF_8);
            if (!view.getFileName().toString().equals("config.jelly") && !text.contains(" field=\"")) {
                continue; // a form, or a fragment of form entries
            }
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
                    problems.add(view + ": key '" + k.group(1) + "' is not in the .properties beside it");
                }
            }
            problems.addAll(LocalizedTexts.singleQuotes(view));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(titles >= 40, "only " + titles + " titles seen");
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
        for (Path view : forms()) {
            String owner = view.getParent().getFileName().toString();
            JavaClass type = type(owner);
            Set<String> constructorParameters = constructorParameters(owner);
            for (Field field : fields(view)) {
                Element element = field.element();
                fields++;
                String where =
                        owner + " field '" + field.name() + "' (" + field.file().getFileName() + ")";
                if (!hasGetter(type, field.name())) {
                    problems.add(where + ": no public get/is" + capitalized(field.name()) + "() on " + owner);
                }
                if (!hasDataBoundSetter(type, field.name()) && !constructorParameters.contains(field.name())) {
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
                } else if (helpPage(owner, field.name()).isEmpty()) {
                    problems.add(where + ": Jenkins finds no help page for it: no help-" + field.name()
                            + ".html in the folder of " + owner + " or of a superclass, and no redirect of "
                            + owner + "'s descriptor (HelpRedirects) to a class that has one");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(fields >= 90, "only " + fields + " fields seen");
    }

    @Test
    void everyRedirectListNamesFieldsTheRedirectingFormHas() throws Exception {
        // a list that names a field no form of that descriptor has is stale, or a typo
        List<String> problems = new ArrayList<>();
        for (Redirect redirect : REDIRECTS) {
            Set<String> used = new LinkedHashSet<>();
            for (Path view : forms()) {
                String owner = view.getParent().getFileName().toString();
                if (isOrExtends(owner, redirect.describable())) {
                    fields(view).forEach(f -> used.add(f.name()));
                }
            }
            for (String field : redirect.fields()) {
                if (!used.contains(field)) {
                    problems.add("HelpRedirects." + redirect.constant() + " redirects '" + field + "' for "
                            + redirect.describable() + ", whose forms have no such field");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aReusedFormsOwnFieldsAreTheStepsRedirectList() throws Exception {
        // nosqlSnapshot and nosqlRestoreCheck render the builder's form: its own fields go to the builder
        for (Redirect redirect : REDIRECTS) {
            if (!redirect.descriptor().equals("DescriptorImpl")
                    || !redirect.describable().endsWith("Step")) {
                continue;
            }
            Path view = folder(redirect.describable()).resolve("config.jelly");
            Path reused = folder(redirect.target()).resolve("config.jelly");
            assertEquals(List.of(reused), includes(view), view + " reuses the form of " + redirect.target());
            List<String> own = fields(reused).stream()
                    .filter(f -> f.file().equals(reused))
                    .map(Field::name)
                    .toList();
            assertEquals(
                    own,
                    redirect.fields(),
                    "HelpRedirects." + redirect.constant() + " lists the fields of " + reused + " in order");
        }
    }

    @Test
    void everyRedirectIsRegisteredByTheOwnersDescriptor() {
        for (Redirect redirect : REDIRECTS) {
            JavaClass descriptor = PLUGIN.get(type(redirect.describable()).getName() + "$" + redirect.descriptor());
            String constant = redirect.constant();
            String target = type(redirect.target()).getName();
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
                    redirect.describable() + "." + redirect.descriptor() + " must call addHelpFileRedirect(field, "
                            + redirect.target() + ".class, field) for each of HelpRedirects." + constant);
        }
    }

    /**
     * The connection fields (the properties of {@code StoreConnectionBuilder}) are written in one view each, which
     * every builder's and step's form includes: a change to one of them reaches all forms.
     */
    @Test
    void theBuildStepFormsWriteEachConnectionFieldOnce() throws Exception {
        List<String> connection = connectionFields();
        assertTrue(connection.size() >= 14, "connection fields: " + connection);
        Map<String, Set<Path>> writtenIn = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int forms = 0;
        for (Path view : forms()) {
            String owner = view.getParent().getFileName().toString();
            if (!isOrExtends(owner, "StoreConnectionBuilder") && !isOrExtends(owner, "StoreConnectionStep")) {
                continue;
            }
            forms++;
            List<Field> fields = fields(view);
            for (Field field : fields) {
                if (connection.contains(field.name())) {
                    writtenIn
                            .computeIfAbsent(field.name(), f -> new TreeSet<>())
                            .add(RESOURCES.relativize(field.file()));
                }
            }
            List<String> names = fields.stream().map(Field::name).toList();
            for (String field : connection) {
                if (!names.contains(field)) {
                    problems.add(owner + "'s form has no '" + field + "'");
                }
            }
        }
        writtenIn.forEach((field, files) -> {
            if (files.size() != 1) {
                problems.add("'" + field + "' is written in " + files.size() + " views: " + files
                        + "; write it once in a fragment that the forms include");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(5, forms, "the forms of the 3 builders' and steps' describables, with the 2 reused ones");
    }

    @Test
    void noHelpPageIsACopyOfAnother() throws IOException {
        Map<String, List<Path>> byContent = new TreeMap<>();
        int pages = 0;
        try (Stream<Path> files = Stream.concat(Files.walk(RESOURCES), Files.walk(WEBAPP))) {
            for (Path page : files.filter(p -> p.getFileName().toString().matches("help.*\\.html"))
                    .sorted()
                    .toList()) {
                pages++;
                byContent
                        .computeIfAbsent(Files.readString(page, StandardCharsets.UTF_8), t -> new ArrayList<>())
                        .add(page);
            }
        }
        List<String> copies = byContent.values().stream()
                .filter(same -> same.size() > 1)
                .map(same -> "the same page " + same.size() + " times: " + same)
                .toList();
        assertTrue(
                copies.isEmpty(), "redirect the field's help instead (HelpRedirects):\n" + String.join("\n", copies));
        assertTrue(pages >= 40, "only " + pages + " help pages seen");
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
        Path admin = folder("NosqlStore").resolve("admin.jelly");
        assertTrue(
                includes(folder("NosqlStore").resolve("config.jelly")).contains(admin),
                "the store form takes the admin and login fields from the fragment the builders include");
    }

    @Test
    void theHelpLookupFollowsJenkins() {
        // the model of Descriptor.getHelpFile the form check relies on, on cases whose answer is known
        assertEquals(
                Optional.of(folder("StoreConnectionBuilder").resolve("help-store.html")),
                helpPage("NosqlPruneStep", "store"),
                "a step's connection field: redirected to a builder, found in its superclass's folder");
        assertEquals(
                Optional.of(folder("NosqlStore").resolve("help-zone.html")),
                helpPage("NosqlSnapshotStep", "zone"),
                "redirected to the builder, which redirects it to the store");
        assertEquals(
                Optional.of(folder("NosqlPruneStep").resolve("help-dryRun.html")),
                helpPage("NosqlPruneStep", "dryRun"));
        assertEquals(Optional.empty(), helpPage("NosqlPruneStep", "zone"), "the prune step has no zone");
    }

    private static List<String> fieldsOf(Path form) throws Exception {
        return fields(form).stream().map(Field::name).toList();
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

    /**
     * The help page Jenkins serves for the field on a form of that describable, as {@code Descriptor.getHelpFile}
     * finds it: the descriptor's redirect (its own constructor's, else one its superclass's constructor registered)
     * resolved by the target's lookup, else {@code help-field.html} in the folder of the class or a superclass.
     */
    private static Optional<Path> helpPage(String owner, String field) {
        for (String c : ancestors(owner)) {
            for (Redirect redirect : REDIRECTS) {
                if (redirect.describable().equals(c) && redirect.fields().contains(field)) {
                    return helpPage(redirect.target(), field);
                }
            }
        }
        for (String c : ancestors(owner)) {
            Path page = folder(c).resolve("help-" + field + ".html");
            if (Files.isRegularFile(page)) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }

    /** The class and its superclasses within the plugin, by simple name, most derived first. */
    private static List<String> ancestors(String simpleName) {
        List<String> names = new ArrayList<>();
        for (JavaClass c = type(simpleName);
                c.getPackageName().startsWith(PACKAGE);
                c = c.getRawSuperclass().orElseThrow()) {
            names.add(c.getSimpleName());
        }
        return names;
    }

    private static boolean isOrExtends(String simpleName, String ancestor) {
        return ancestors(simpleName).contains(ancestor);
    }

    /**
     * The properties of the connection model: {@code store} and the setters of {@code StoreConnectionBuilder}, but
     * {@code archive}, which each form titles and explains for what its step archives.
     */
    private static List<String> connectionFields() {
        List<String> fields = new ArrayList<>(List.of("store"));
        for (JavaMethod method : type("StoreConnectionBuilder").getMethods()) {
            if (method.isAnnotatedWith("org.kohsuke.stapler.DataBoundSetter")
                    && !method.getName().equals("setArchive")) {
                fields.add(Character.toLowerCase(method.getName().charAt(3))
                        + method.getName().substring(4));
            }
        }
        return fields;
    }

    /** Every form: a {@code config.jelly} of a describable of the plugin. */
    private static List<Path> forms() throws IOException {
        return jellyFiles().stream()
                .filter(p -> p.getFileName().toString().equals("config.jelly"))
                .toList();
    }

    /** The fields of a view in document order, each {@code st:include} replaced by the fields of what it includes. */
    private static List<Field> fields(Path view) throws Exception {
        List<Field> found = new ArrayList<>();
        collect(parse(view).getDocumentElement(), view, found, 0);
        return found;
    }

    private static void collect(Element element, Path file, List<Field> found, int depth) throws Exception {
        if (isInclude(element)) {
            assertTrue(depth < 5, "includes nest too deep at " + file);
            Path included = included(element, file);
            collect(parse(included).getDocumentElement(), included, found, depth + 1);
            return;
        }
        if (element.hasAttribute("field")) {
            found.add(new Field(element, file));
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, file, found, depth);
            }
        }
    }

    /** The views a view includes directly. */
    private static List<Path> includes(Path view) throws Exception {
        NodeList includes = parse(view).getElementsByTagNameNS("jelly:stapler", "include");
        List<Path> found = new ArrayList<>();
        for (int i = 0; i < includes.getLength(); i++) {
            found.add(included((Element) includes.item(i), view));
        }
        return found;
    }

    private static boolean isInclude(Element element) {
        return "jelly:stapler".equals(element.getNamespaceURI()) && "include".equals(element.getLocalName());
    }

    /**
     * The file of {@code <st:include page="p" class="C"/>}: {@code p} in the folder of {@code C} (IncludeTag loads the
     * page from that class), or beside the including view without {@code class}.
     */
    private static Path included(Element include, Path from) {
        String page = include.getAttribute("page");
        String clazz = include.getAttribute("class");
        Path folder = clazz.isEmpty() ? from.getParent() : RESOURCES.resolve(clazz.replace('.', '/'));
        Path file = folder.resolve(page);
        assertTrue(Files.isRegularFile(file), from + " includes " + file + ", which does not exist");
        return file;
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
