package io.jenkins.plugins.nosqlsnapshot.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import io.jenkins.plugins.nosqlsnapshot.Messages;
import io.jenkins.plugins.nosqlsnapshot.mapping.StoreProfile;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Manage Jenkins &gt; System &gt; Oracle NoSQL stores: named store connections the steps use with
 * {@code store: 'NAME'}. Configuration as Code: {@code unclassified: nosqlSnapshot: stores: [...]}.
 */
@Extension
@Symbol("nosqlSnapshot")
public class NosqlSnapshotConfiguration extends GlobalConfiguration {
    private List<NosqlStore> stores = new ArrayList<>();

    public NosqlSnapshotConfiguration() {
        load();
    }

    public static NosqlSnapshotConfiguration get() {
        return ExtensionList.lookupSingleton(NosqlSnapshotConfiguration.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.NosqlSnapshotConfiguration_DisplayName();
    }

    public List<NosqlStore> getStores() {
        return stores;
    }

    @DataBoundSetter
    public void setStores(List<NosqlStore> stores) {
        this.stores = stores == null ? new ArrayList<>() : new ArrayList<>(stores);
        save();
    }

    /**
     * Binds the submitted stores into a new list and sets it once. {@code GlobalConfiguration.configure} would only
     * call {@code req.bindJSON(this, json)}, which calls a setter for each key present: the web form sends no
     * {@code stores} key once its last store is deleted, so the deleted store would come back. {@code
     * bindJSONToList} turns a missing key into an empty list, one store (a JSON object) or several (an array) into
     * theirs. A bind that throws (a malformed submit) leaves the saved stores as they were.
     */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        List<NosqlStore> submitted = req.bindJSONToList(NosqlStore.class, json.opt("stores"));
        setStores(submitted);
        return true;
    }

    /** The configured names, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (NosqlStore store : stores) {
            names.add(store.getName());
        }
        return names;
    }

    /** The store of that name; null when there is none. Two stores with one name are refused. */
    public StoreProfile profile(String name) {
        StoreProfile found = null;
        for (NosqlStore store : stores) {
            if (name.equals(store.getName())) {
                if (found != null) {
                    throw new IllegalArgumentException("Two stores are named '" + name + "' in Manage Jenkins >"
                            + " System > Oracle NoSQL stores; rename one");
                }
                found = store.toProfile();
            }
        }
        return found;
    }
}
