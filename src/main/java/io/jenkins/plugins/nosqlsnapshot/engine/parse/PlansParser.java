package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import static io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Plan;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code show plans -json}. A store that never ran a plan has an empty list. */
public final class PlansParser {
    private PlansParser() {}

    public static List<Plan> parse(AdminDocument document) throws AdminOutputException {
        String source = "show plans";
        List<Plan> plans = new ArrayList<>();
        for (JsonNode plan : TopologyParser.optionalArray(DocumentParser.value(document, source), "plans")) {
            JsonNode id = plan.get("id");
            if (id == null || !id.canConvertToInt()) {
                throw new AdminOutputException(source + ": a plan has no numeric \"id\"");
            }
            plans.add(new Plan(id.intValue(), text(plan, "name", source), text(plan, "state", source)));
        }
        return plans;
    }
}
