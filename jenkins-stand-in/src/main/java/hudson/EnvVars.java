package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Map;
import java.util.TreeMap;

public class EnvVars extends TreeMap<String, String> {
    public EnvVars() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public EnvVars(@NonNull Map<String, String> m) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String expand(String s) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
