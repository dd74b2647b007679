package org.kohsuke.stapler;

import java.util.List;
import net.sf.json.JSONObject;

/**
 * stapler: core/src/main/java/org/kohsuke/stapler/StaplerRequest2.java. Trimmed: {@code extends HttpServletRequest}
 * (jakarta.servlet) left out, and every member but {@code bindJSON(Object, JSONObject)} and
 * {@code bindJSONToList(Class, Object)}.
 */
public interface StaplerRequest2 {
    void bindJSON(Object bean, JSONObject src);

    <T> List<T> bindJSONToList(Class<T> type, Object src);
}
