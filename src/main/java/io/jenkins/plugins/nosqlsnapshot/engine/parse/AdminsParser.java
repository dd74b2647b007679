package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import static io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser.array;
import static io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser.optionalText;
import static io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Admin;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code show admins -json}: which Storage Node hosts each admin. */
public final class AdminsParser {
    private AdminsParser() {}

    public static List<Admin> parse(AdminDocument document) throws AdminOutputException {
        String source = "show admins";
        List<Admin> admins = new ArrayList<>();
        for (JsonNode admin : array(DocumentParser.value(document, source), "admins", source)) {
            admins.add(new Admin(
                    text(admin, "adminId", source), text(admin, "snId", source), optionalText(admin, "adminStatus")));
        }
        return admins;
    }
}
