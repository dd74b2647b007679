package org.kohsuke.stapler;

import net.sf.json.JSONObject;

/**
 * stapler: core/src/main/java/org/kohsuke/stapler/StaplerRequest2.java. Trimmed: {@code extends HttpServletRequest}
 * (jakarta.servlet) left out, and every member but {@code bindJSON(Object, JSONObject)}.
 */
public interface StaplerRequest2 {
    void bindJSON(Object bean, JSONObject src);
}
