package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.model.Item;

/** jenkins-core: hudson/model/listeners/ItemListener.java. Only onDeleted and onLocationChanged are used. */
public class ItemListener implements ExtensionPoint {
    public void onDeleted(Item item) {}

    public void onLocationChanged(Item item, String oldFullName, String newFullName) {}
}
